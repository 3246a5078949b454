"""The layout of an export file: its format name, version and sections, in writing order."""

FORMAT_NAME = "rapport-workspace"
#: Raised when the layout changes in a way older readers would misread; they refuse newer files.
FORMAT_VERSION = 7
SECTIONS = (
    "stakeholders",
    "organisations",
    "maturity",
    "maps",
    "memberships",
    "ratings",
    "interactions",
    "commitments",
    "influence_links",
    "meetings",
    "concerns",
    "settings",
    # Format 4: plans ahead.
    "engagement_plans",
    "messages",
    "maturity_targets",
    "demand",
    # Format 6: notes on people, private ones too (owners are fields of people and units).
    "notes",
)
