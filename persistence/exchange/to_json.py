"""Domain objects as JSON records (format version 6, see FORMAT.md): one function per entity."""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

from domain.clock import as_utc
from domain.model import (
    Commitment,
    Concern,
    DemandItem,
    EngagementPlan,
    InfluenceLink,
    Interaction,
    MapMembership,
    MaturityAssessment,
    MaturityTarget,
    Meeting,
    Message,
    Note,
    Organisation,
    Photo,
    Rating,
    Revision,
    Stakeholder,
    StakeholderMap,
)


def moment(value: datetime | None) -> str | None:
    """ISO-8601 in UTC with a Z, e.g. 2025-03-01T09:30:00Z."""
    if value is None:
        return None
    return as_utc(value).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def authorship(revision: Revision | None) -> dict[str, Any]:
    """Who last changed a record and when (format 7): null for "not recorded"."""
    if revision is None:
        return {"changed_by": None, "changed_at": None}
    return {"changed_by": revision.changed_by or None, "changed_at": moment(revision.changed_at)}


def stakeholder_record(s: Stakeholder, photo: Photo | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": s.id,
        "name": s.name,
        "job_title": s.job_title,
        "organisation_id": s.organisation_id,
        "unit_id": s.unit_id,
        "relation": s.relation,
        "email": s.email,
        "phone": s.phone,
        "tags": list(s.tags),
        "notes": s.notes,
        "communication_preferences": s.communication_preferences,
        "archived": s.archived,
        **authorship(s.revision),
    }
    # Optional fields (schema 3), written only when there is something to say.
    if s.other_emails:
        record["other_emails"] = list(s.other_emails)
    if s.other_phones:
        record["other_phones"] = list(s.other_phones)
    if s.owner:
        record["owner"] = s.owner
    if photo is not None:
        record["photo"] = {"mime": photo.mime, "data": base64.b64encode(photo.data).decode()}
    return record


def organisation_record(o: Organisation) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": o.id,
        "name": o.name,
        "kind": str(o.kind),
        "parent_id": o.parent_id,
        "archived": o.archived,
        **authorship(o.revision),
    }
    if o.owner:  # format 6, written only when there is one
        record["owner"] = o.owner
    return record


def note_record(n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "stakeholder_id": n.stakeholder_id,
        "author": n.author,
        "text": n.text,
        "private": n.private,
        "created_at": moment(n.created_at),
        "updated_at": moment(n.updated_at),
    }


def maturity_record(a: MaturityAssessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "organisation_id": a.organisation_id,
        "level": int(a.level),
        "at": moment(a.at),
        "note": a.note,
        "assessor": a.assessor,
    }


def maturity_target_record(t: MaturityTarget) -> dict[str, Any]:
    return {"organisation_id": t.organisation_id, "level": int(t.level), "due_on": day(t.due_on)}


def demand_record(d: DemandItem) -> dict[str, Any]:
    return {
        "id": d.id,
        "unit_id": d.unit_id,
        "title": d.title,
        "kind": str(d.kind),
        "sponsor_id": d.sponsor_id,
        "value": d.value,
        "notes": d.notes,
        "steps": [{"status": str(s.status), "on": day(s.on)} for s in d.steps],
    }


def map_record(m: StakeholderMap) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "purpose": m.purpose,
        "starts_on": day(m.starts_on),
        "ends_on": day(m.ends_on),
        **authorship(m.revision),
    }


def membership_record(m: MapMembership) -> dict[str, Any]:
    return {"map_id": m.map_id, "stakeholder_id": m.stakeholder_id, "added_at": moment(m.added_at)}


def rating_record(r: Rating) -> dict[str, Any]:
    return {
        "id": r.id,
        "stakeholder_id": r.stakeholder_id,
        "dimension": str(r.dimension),
        "map_id": r.map_id,
        "value": float(r.value),
        "at": moment(r.at),
        "recorded_at": moment(r.recorded_at),
        "note": r.note,
        "recorded_by": r.recorded_by or None,
    }


def interaction_record(i: Interaction) -> dict[str, Any]:
    return {
        "id": i.id,
        "when": moment(i.when),
        "kind": str(i.kind),
        "summary": i.summary,
        "sentiment": int(i.sentiment),
        "participant_ids": list(i.participant_ids),
        "recorded_at": moment(i.recorded_at),
        **authorship(i.revision),
    }


def commitment_record(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "stakeholder_id": c.stakeholder_id,
        "direction": str(c.direction),
        "description": c.description,
        "due_on": day(c.due_on),
        "done_at": moment(c.done_at),
        "created_at": moment(c.created_at),
        "interaction_id": c.interaction_id,
        **authorship(c.revision),
    }


def influence_record(k: InfluenceLink) -> dict[str, Any]:
    return {
        "id": k.id,
        "source_id": k.source_id,
        "target_id": k.target_id,
        "strength": k.strength,
        "note": k.note,
    }


def meeting_record(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "start": moment(m.start),
        "end": moment(m.end),
        "place": m.place,
        "objective": m.objective,
        "agenda": m.agenda,
        "attendees": [
            {
                "stakeholder_id": a.stakeholder_id,
                "name": a.name,
                "email": a.email,
                "role": str(a.role),
                "talking_points": a.talking_points,
                "response": str(a.response),
            }
            for a in m.attendees
        ],
        "map_ids": list(m.map_ids),
        "interaction_id": m.interaction_id,
        "ical_uid": m.ical_uid,
        "cancelled": m.cancelled,
        "recurrence": m.recurrence,
    }


def concern_record(c: Concern) -> dict[str, Any]:
    return {
        "id": c.id,
        "stakeholder_id": c.stakeholder_id,
        "title": c.title,
        "kind": str(c.kind),
        "severity": int(c.severity),
        "raised_on": day(c.raised_on),
        "target_on": day(c.target_on),
        "details": c.details,
        "status": str(c.status),
        "closed_on": day(c.closed_on),
        "resolution": c.resolution,
        "created_at": moment(c.created_at),
        **authorship(c.revision),
    }


def setting_record(key: str, value: str) -> dict[str, Any]:
    return {"key": key, "value": value}


def plan_record(p: EngagementPlan) -> dict[str, Any]:
    return {
        "id": p.id,
        "stakeholder_id": p.stakeholder_id,
        "objective": p.objective,
        "starts_on": day(p.starts_on),
        "target_attitude": p.target_attitude,
        "target_date": day(p.target_date),
        "strategy": p.strategy,
        "owner": p.owner,
        "map_id": p.map_id,
        "created_at": moment(p.created_at),
        "touchpoints": [
            {
                "id": t.id,
                "on": day(t.on),
                "kind": str(t.kind),
                "purpose": t.purpose,
                "done_on": day(t.done_on),
                "interaction_id": t.interaction_id,
                "series": t.series,
            }
            for t in p.touchpoints
        ],
    }


def message_record(m: Message) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "channel": str(m.channel),
        "tone": str(m.tone),
        "frequency": str(m.frequency),
        "starts_on": day(m.starts_on),
        "owner": m.owner,
        "notes": m.notes,
        "recipients": [
            {"stakeholder_id": r.stakeholder_id, "assigned_at": moment(r.assigned_at)}
            for r in m.recipients
        ],
        "interaction_ids": list(m.interaction_ids),
    }
