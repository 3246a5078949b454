"""The menu bar: File, Edit, View, Stakeholder, Map, Meeting and Help, built from actions that the
window and the feature pages register (see :mod:`ui.menus.menu_bar` for where each one goes)."""
