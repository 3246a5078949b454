"""Engagement plans, the communication plan and reminders in the user's calendar."""
