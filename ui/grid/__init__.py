"""The power/interest grid: a map's stakeholders on a canvas, dragged, planned and replayed."""
