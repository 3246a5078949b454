"""Opening, creating and copying workspace files from the UI."""
