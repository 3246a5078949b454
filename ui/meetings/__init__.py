"""The Meetings page: plan meetings, import invites, print prep sheets, record what happened."""
