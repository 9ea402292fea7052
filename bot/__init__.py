"""summitbot: answers about the China–Central Asia summits from a curated, sourced base."""
