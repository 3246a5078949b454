<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="96"/>
        <source>Needs attention</source>
        <extracomment>From this page width on, the cards stand two to a row.</extracomment>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="104"/>
        <source>List people whose trust fell by more than this many points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="107"/>
        <source>in the last {days} days</source>
        <translation>in den letzten {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="111"/>
        <source>Contact cadence…</source>
        <translation>Kontaktrhythmus…</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="113"/>
        <location filename="../../ui/grid/filter_bar.py" line="46"/>
        <location filename="../../ui/stakeholders/stakeholder_list.py" line="62"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="114"/>
        <source>Only the people and units you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="123"/>
        <source>Trust fallen by more than</source>
        <translation>Vertrauen gesunken um mehr als</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="129"/>
        <source>Demand stalled after</source>
        <translation>Vorhaben stockt nach</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="216"/>
        <source>{today} · nothing needs your attention</source>
        <translation>{today} · nichts braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="218"/>
        <source>{today} · 1 person needs attention</source>
        <translation>{today} · 1 Person braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../ui/attention/attention_page.py" line="221"/>
        <source>{today} · {n} people need attention</source>
        <translation>{today} · {n} Personen brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cadence_dialog.py" line="39"/>
        <source>Contact cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cadence_dialog.py" line="43"/>
        <source>Someone is listed as overdue when they have not been contacted within the cadence of their most demanding quadrant, on any map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cadence_dialog.py" line="54"/>
        <location filename="../../ui/attention/unit_sections.py" line="47"/>
        <location filename="../../ui/health/grading_dialog.py" line="78"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="54"/>
        <source>1 point</source>
        <extracomment>Key of the card (page attribute, settings key of its column widths). The stakeholder a row opens (0: none). The line under the title, from what was found. The subtitle&apos;s tooltip, if any. The settings key of the column widths (the name, unless kept from before).</extracomment>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="54"/>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="55"/>
        <source>By more than {points} in the last {days} days</source>
        <translation>Um mehr als {points} in den letzten {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="74"/>
        <source>Raised by stakeholders, not yet dealt with; {late} past their target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="84"/>
        <source>Trust has fallen</source>
        <translation>Vertrauen gesunken</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="87"/>
        <source>No one&apos;s trust fell that far. Steady relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="93"/>
        <source>Overdue for contact</source>
        <translation>Kontakt überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="96"/>
        <source>Everyone on your maps has been contacted within their cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="98"/>
        <source>On any map, by their most demanding quadrant: {cadences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="105"/>
        <source>Overdue commitments</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="108"/>
        <source>No open commitment is past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="110"/>
        <source>Open, past their due date</source>
        <translation>Offen, Fälligkeit überschritten</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="114"/>
        <source>Biggest attitude gaps</source>
        <translation>Größte Haltungslücken</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="117"/>
        <source>Everyone is where the plans need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="119"/>
        <source>Between the attitude a person has and the one a plan needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="123"/>
        <source>Open concerns</source>
        <translation>Offene Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="126"/>
        <source>No concern is open. Record one on the person&apos;s Concerns tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="132"/>
        <source>Overdue touchpoints</source>
        <translation>Überfällige Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="135"/>
        <source>Every planned touchpoint up to today is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="137"/>
        <source>Planned in an engagement plan, past their date, not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="141"/>
        <source>Units behind their maturity target</source>
        <translation>Einheiten hinter ihrem Reifeziel</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="144"/>
        <source>Every unit with a target is on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="146"/>
        <source>Target date passed, level below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="151"/>
        <source>Stalled demand</source>
        <translation>Stockende Vorhaben</translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="154"/>
        <source>Every open item has moved recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/cards.py" line="156"/>
        <source>Open, no move for more than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="43"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="45"/>
        <location filename="../../ui/attention/columns.py" line="59"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="45"/>
        <location filename="../../ui/attention/columns.py" line="59"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="47"/>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="49"/>
        <source>{n} months</source>
        <translation>{n} Monate</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="50"/>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="54"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="54"/>
        <source>fortnightly</source>
        <translation>vierzehntäglich</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="54"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="54"/>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="55"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="67"/>
        <source>{gap} steps</source>
        <translation>{gap} Stufen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="67"/>
        <source>1 step</source>
        <translation>1 Stufe</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="72"/>
        <location filename="../../ui/attention/columns.py" line="85"/>
        <location filename="../../ui/attention/columns.py" line="106"/>
        <location filename="../../ui/attention/columns.py" line="131"/>
        <location filename="../../ui/attention/columns.py" line="141"/>
        <location filename="../../ui/attention/columns.py" line="161"/>
        <location filename="../../ui/contacts/preview_model.py" line="20"/>
        <location filename="../../ui/stakeholders/register_model.py" line="50"/>
        <source>Name</source>
        <extracomment>The role that holds a row&apos;s stakeholder id. The role that holds the text searched by type-to-filter. The role that holds the login of the row&apos;s owner (None: nobody). Dragged rows carry their stakeholder ids as a JSON list under this type (the grid takes them).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="74"/>
        <location filename="../../ui/charts/charts_page.py" line="77"/>
        <location filename="../../ui/printing/attendee_block.py" line="382"/>
        <location filename="../../ui/printing/glance.py" line="40"/>
        <location filename="../../ui/ratings/labels.py" line="22"/>
        <location filename="../../ui/stakeholders/register_model.py" line="54"/>
        <source>Trust</source>
        <extracomment>The first chart waits this long, so the page (list and all) is painted before matplotlib loads and draws, which blocks for a second or two; a zero delay can run before the paint. People ticked when the page first opens (everyone on the first map, up to this many).</extracomment>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="77"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="78"/>
        <location filename="../../ui/backups/restore_dialog.py" line="48"/>
        <location filename="../../ui/contacts/duplicates_dialog.py" line="43"/>
        <location filename="../../ui/influence/influence_tab.py" line="44"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="79"/>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="87"/>
        <location filename="../../ui/grid/people_panel.py" line="49"/>
        <location filename="../../ui/printing/glance.py" line="39"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="89"/>
        <source>{quadrant} on {map}: {cadence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="93"/>
        <location filename="../../ui/attention/columns.py" line="132"/>
        <location filename="../../ui/grid/map_page.py" line="116"/>
        <location filename="../../ui/ownership/coverage_view.py" line="80"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="94"/>
        <location filename="../../ui/stakeholders/register_model.py" line="56"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="94"/>
        <location filename="../../ui/ownership/coverage_view.py" line="154"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="96"/>
        <location filename="../../ui/ownership/coverage_view.py" line="77"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="97"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="108"/>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="114"/>
        <source>Who owes</source>
        <translation>Wer schuldet</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="116"/>
        <source>We do</source>
        <translation>Wir</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="116"/>
        <source>They do</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="119"/>
        <location filename="../../ui/attention/unit_sections.py" line="21"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="121"/>
        <location filename="../../ui/attention/columns.py" line="151"/>
        <location filename="../../ui/attention/columns.py" line="171"/>
        <location filename="../../ui/attention/unit_sections.py" line="22"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="133"/>
        <location filename="../../ui/attention/unit_sections.py" line="19"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="134"/>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="135"/>
        <location filename="../../ui/grid/people_panel.py" line="51"/>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="143"/>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="148"/>
        <location filename="../../ui/plans/communication_window.py" line="75"/>
        <location filename="../../ui/units/unit_panel.py" line="87"/>
        <location filename="../../ui/units/units_page.py" line="77"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="149"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="163"/>
        <location filename="../../ui/concerns/concerns_tab.py" line="58"/>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="168"/>
        <location filename="../../ui/concerns/concerns_tab.py" line="59"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../../ui/attention/columns.py" line="169"/>
        <location filename="../../ui/attention/unit_sections.py" line="20"/>
        <location filename="../../ui/concerns/concerns_tab.py" line="60"/>
        <location filename="../../ui/units/units_page.py" line="74"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="18"/>
        <location filename="../../ui/attention/unit_sections.py" line="33"/>
        <location filename="../../ui/charts/charts_page.py" line="108"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="22"/>
        <location filename="../../ui/attention/unit_sections.py" line="35"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="27"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="32"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="34"/>
        <location filename="../../ui/concerns/concerns_tab.py" line="61"/>
        <location filename="../../ui/contacts/preview_model.py" line="23"/>
        <location filename="../../ui/demand/item_dialog.py" line="104"/>
        <location filename="../../ui/plans/plans_tab.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="35"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="36"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attention/unit_sections.py" line="49"/>
        <source>List open demand items that have not moved for longer than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="140"/>
        <source>Cancelling…</source>
        <extracomment>A job that finishes sooner than this never shows a dialog (no flicker for quick work). Emitted on the GUI thread when the task has ended, however it ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_menu.py" line="19"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/backup_menu.py" line="21"/>
        <source>See the workspace&apos;s backups and restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="47"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="49"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="50"/>
        <location filename="../../ui/interactions/log_dialog.py" line="135"/>
        <location filename="../../ui/meetings/meeting_list.py" line="49"/>
        <location filename="../../ui/ownership/coverage_view.py" line="77"/>
        <location filename="../../ui/units/units_page.py" line="75"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="51"/>
        <location filename="../../ui/main_window.py" line="38"/>
        <location filename="../../ui/pages.py" line="125"/>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="52"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="72"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="75"/>
        <source>Backups of {stem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="79"/>
        <source>Rapport backs this workspace up when you open it (once a day), after each hour of editing, and before deleting or importing. It keeps every backup of the last day (up to 10), one a day for a week, one a week for a month and one a month for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="103"/>
        <source>No backups yet. Back Up Now takes the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="107"/>
        <source>Compared with the workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="123"/>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="124"/>
        <source>Restore as New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="125"/>
        <source>Replace Current Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="207"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="216"/>
        <source>Now: {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="252"/>
        <source>&lt;i&gt;Comparing…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="256"/>
        <source>This backup cannot be read: {diff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="260"/>
        <source>Same people, maps, ratings and interactions as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="274"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="277"/>
        <source>Backed up as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="301"/>
        <source>Restored into {out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="311"/>
        <source>Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="312"/>
        <source>Stay Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="333"/>
        <source>The workspace as it is now is backed up first: it stays in this list as “Before restoring a backup”. Edit ▸ Undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="337"/>
        <location filename="../../ui/file_saving.py" line="72"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="348"/>
        <source>Restored. The workspace before is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="31"/>
        <location filename="../../ui/plans/plans_tab.py" line="88"/>
        <source>Change…</source>
        <extracomment>Emitted after the folder changed (and was saved): the backups listed change with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="33"/>
        <source>Beside the Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="35"/>
        <source>Keep backups in a &apos;backups&apos; folder beside each workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="42"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="43"/>
        <source>When the backups would take more room, the oldest go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="49"/>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups/settings_row.py" line="55"/>
        <source>using at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="78"/>
        <location filename="../../ui/printing/attendee_block.py" line="77"/>
        <location filename="../../ui/printing/attendee_block.py" line="383"/>
        <location filename="../../ui/printing/glance.py" line="41"/>
        <location filename="../../ui/ratings/labels.py" line="23"/>
        <location filename="../../ui/stakeholders/register_model.py" line="55"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="86"/>
        <source>Add everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="87"/>
        <location filename="../../ui/grid/filter_bar.py" line="53"/>
        <location filename="../../ui/network/network_page.py" line="96"/>
        <source>Clear</source>
        <extracomment>The user&apos;s login, which &quot;Mine&quot; keeps (set by the page for the open workspace).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="88"/>
        <source>Side by side panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="95"/>
        <source>On map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="107"/>
        <location filename="../../ui/contacts/preview_model.py" line="21"/>
        <location filename="../../ui/stakeholders/register_model.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="112"/>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="115"/>
        <source>The mean of everyone rated in each group, as it stood at each date. The number in brackets is the group&apos;s headcount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="128"/>
        <source>Business–IT relationship maturity of each assessed unit: order taker → consultative → partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="146"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="147"/>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="164"/>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="318"/>
        <source>Average {dimension} per {grouping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/charts_page.py" line="325"/>
        <source>Relationship maturity per business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/export.py" line="84"/>
        <location filename="../../ui/demand/demand_page.py" line="151"/>
        <location filename="../../ui/grid/map_actions.py" line="120"/>
        <location filename="../../ui/grid/map_page.py" line="135"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/export.py" line="85"/>
        <source>Save the chart as an image, or the plotted data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/range_picker.py" line="39"/>
        <source>Which period the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/range_picker.py" line="47"/>
        <location filename="../../ui/meetings/meeting_editor.py" line="109"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="37"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="38"/>
        <source>Risk they see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="39"/>
        <source>Grievance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="40"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="43"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="44"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="45"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="48"/>
        <location filename="../../ui/units/units_page.py" line="76"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="49"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="50"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="95"/>
        <source>What they raised, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="101"/>
        <source>Deal with it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="109"/>
        <source>In their words; what is at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="115"/>
        <source>How it was dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="123"/>
        <source>&amp;Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="124"/>
        <location filename="../../ui/demand/item_dialog.py" line="96"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="125"/>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="126"/>
        <location filename="../../ui/demand/item_dialog.py" line="99"/>
        <source>&amp;Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="128"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="129"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="130"/>
        <source>Closed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concern_dialog.py" line="133"/>
        <source>Res&amp;olution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concerns_tab.py" line="90"/>
        <location filename="../../ui/health/explanation.py" line="48"/>
        <location filename="../../ui/health/health_page.py" line="113"/>
        <source>How is this graded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concerns_tab.py" line="195"/>
        <source>Select a person to see the concerns they raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/concerns/concerns_tab.py" line="225"/>
        <source>{kind}, raised {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/duplicates_dialog.py" line="35"/>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/duplicates_dialog.py" line="43"/>
        <location filename="../../ui/grid/people_panel.py" line="48"/>
        <location filename="../../ui/influence/influence_tab.py" line="44"/>
        <location filename="../../ui/ownership/coverage_view.py" line="78"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/duplicates_dialog.py" line="43"/>
        <source>Same person as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/duplicates_dialog.py" line="55"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/duplicates_dialog.py" line="61"/>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/mapping_dialog.py" line="62"/>
        <source>Columns of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/mapping_dialog.py" line="66"/>
        <source>Rapport does not know the columns of {name}. Say what each column holds; the choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/mapping_dialog.py" line="74"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/mapping_dialog.py" line="74"/>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/mapping_dialog.py" line="74"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/mapping_dialog.py" line="95"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_dialog.py" line="29"/>
        <source>Import contacts from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_dialog.py" line="39"/>
        <source>{source}: {new} new, {matching} already in the register, {skipped} skipped. Ticked rows are taken: a new person is added; a match fills that person&apos;s empty fields and adds e-mail addresses, phone numbers and tags. Values that differ are listed and left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_dialog.py" line="60"/>
        <source>Take categories, groups and labels as tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_dialog.py" line="64"/>
        <source>Tick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_dialog.py" line="65"/>
        <source>Tick None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_dialog.py" line="72"/>
        <location filename="../../ui/meetings/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_model.py" line="19"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_model.py" line="22"/>
        <location filename="../../ui/interactions/log_dialog.py" line="40"/>
        <location filename="../../ui/printing/text.py" line="165"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts/preview_model.py" line="24"/>
        <source>Why / what it adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/demand_page.py" line="95"/>
        <source>Filter by title, unit, sponsor…</source>
        <extracomment>The last dialog the page opened (tests look at it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/demand_page.py" line="234"/>
        <source>Mark {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/demand_page.py" line="236"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="62"/>
        <source>e.g. Click-and-collect lockers in the top 20 stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="84"/>
        <source>estimated value, e.g. 250k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="94"/>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="127"/>
        <location filename="../../ui/units/dialogs.py" line="151"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="95"/>
        <location filename="../../ui/meetings/meeting_editor.py" line="114"/>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="71"/>
        <location filename="../../ui/plans/message_dialogs.py" line="73"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="97"/>
        <source>&amp;Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="98"/>
        <source>Estimated &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/demand/item_dialog.py" line="105"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="18"/>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="19"/>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="20"/>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="21"/>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="29"/>
        <source>blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="30"/>
        <source>critic</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="31"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="32"/>
        <source>supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="33"/>
        <source>champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location filename="../../ui/grid/empty_state.py" line="16"/>
        <location filename="../../ui/meetings/meeting_editor.py" line="213"/>
        <source>No maps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/empty_state.py" line="20"/>
        <source>A map places the people of one initiative on a power/interest grid, so you can see whom to manage closely, keep satisfied, keep informed or monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/empty_state.py" line="26"/>
        <source>Create a Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/export_sheet.py" line="194"/>
        <source>… and {value} more</source>
        <extracomment>At most this many people get names on an export (more would bury the grid). Title, subtitle, gap, key and gap below the drawing, as shares of the sheet&apos;s width. What is shown: the day, the filters (&quot;As of 3 Mar 2025 · Showing Finance · 12 people&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/export_sheet.py" line="199"/>
        <location filename="../../ui/ownership/owner_combo.py" line="25"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/filter_bar.py" line="34"/>
        <source>Search the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/filter_bar.py" line="36"/>
        <source>Highlights people whose name, title, organisation or tag matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/filter_bar.py" line="44"/>
        <location filename="../../ui/grid/legend.py" line="65"/>
        <source>Not rated</source>
        <extracomment>How many entries the key has: the attitudes, &quot;not rated&quot;, size, ring and dashed circle.</extracomment>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/grid/filter_bar.py" line="49"/>
        <source>Only the people you own at full strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/filter_bar.py" line="55"/>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/filter_bar.py" line="127"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_backdrop.py" line="30"/>
        <source>High power · high interest</source>
        <extracomment>Each quadrant&apos;s tint, its ink, and what it means. Each quadrant&apos;s colour and meaning (the meaning translated when shown: :func:`_words`).</extracomment>
        <translation>Hoher Einfluss · hohes Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_backdrop.py" line="31"/>
        <source>High power · low interest</source>
        <translation>Hoher Einfluss · geringes Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_backdrop.py" line="32"/>
        <source>Low power · high interest</source>
        <translation>Geringer Einfluss · hohes Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_backdrop.py" line="33"/>
        <source>Low power · low interest</source>
        <translation>Geringer Einfluss · geringes Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_backdrop.py" line="267"/>
        <source>Interest  →</source>
        <extracomment>Quadrant titles: pixel sizes, and their room in a corner (scene units). How many people wait in the tray (0: no tray). True while exporting: white paper around the grid instead of the window&apos;s grey. A word of help across an empty map (&quot;&quot; for none).</extracomment>
        <translation>Interesse  →</translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_backdrop.py" line="273"/>
        <source>Power  →</source>
        <translation>Einfluss  →</translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_export.py" line="107"/>
        <source>Print Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="67"/>
        <source>Power/interest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="233"/>
        <source>Open Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="234"/>
        <source>Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="238"/>
        <source>Set Position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="243"/>
        <source>Set Desired Position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="254"/>
        <source>Add People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/grid_view.py" line="256"/>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/influence_arrows.py" line="85"/>
        <source>Show &amp;Influence Arrows</source>
        <extracomment>Widths in scene units for strengths 1 (slight) to 5 (decisive). Under the markers (their z is 1 and more), over the backdrop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/influence_arrows.py" line="88"/>
        <source>Who influences whom among the people on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/legend.py" line="66"/>
        <source>Size: influence</source>
        <translation>Größe: Einfluss</translation>
    </message>
    <message>
        <location filename="../../ui/grid/legend.py" line="67"/>
        <source>Ring: trust</source>
        <translation>Ring: Vertrauen</translation>
    </message>
    <message>
        <location filename="../../ui/grid/legend.py" line="68"/>
        <source>Dashed: desired place</source>
        <translation>Gestrichelt: Zielposition</translation>
    </message>
    <message>
        <location filename="../../ui/grid/legend.py" line="146"/>
        <source>Legend</source>
        <extracomment>The legend&apos;s row height in the side panel (pixels).</extracomment>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../ui/grid/legend.py" line="149"/>
        <source>Colour: attitude, from blocker to champion. Size: influence. Ring: trust (a full ring is full trust). Dashed circle: where the plan needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_actions.py" line="197"/>
        <location filename="../../ui/grid/map_actions.py" line="210"/>
        <source>Delete Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_actions.py" line="198"/>
        <source>Delete the map “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_actions.py" line="205"/>
        <source>Its positions and plans go with it; the people stay in the register. Edit ▸ Undo (Ctrl+Z) puts it back while Rapport stays open. A backup is taken first: after closing, File ▸ Restore from Backup brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="51"/>
        <source>e.g. ERP replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="55"/>
        <source>What this map is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="59"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="60"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="107"/>
        <source>&amp;Power (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="108"/>
        <source>&amp;Interest (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="134"/>
        <source>Add People to the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="156"/>
        <source>Everyone in the register is on this map already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_dialogs.py" line="163"/>
        <source>They join the tray below the grid; drag them to their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_page.py" line="176"/>
        <source>Back to Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/map_page.py" line="338"/>
        <source>The map as it stood on {day}. Replaying history: nothing can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/marker_items.py" line="386"/>
        <source>Quadrant: {quadrant}</source>
        <extracomment>True for the hollow &quot;where the plan needs them&quot; marker. True while the marker layer draws this marker (the item itself paints nothing). Where the person&apos;s stored place is, from the marker (item units); (0, 0) unless the map shows the marker beside it to keep it clear of others (see crowd_layout).</extracomment>
        <translation>Quadrant: {quadrant}</translation>
    </message>
    <message>
        <location filename="../../ui/grid/marker_items.py" line="387"/>
        <location filename="../../ui/printing/text.py" line="223"/>
        <source>not placed yet</source>
        <translation>noch nicht platziert</translation>
    </message>
    <message>
        <location filename="../../ui/grid/marker_items.py" line="398"/>
        <source>Attitude: {attitude}</source>
        <translation>Haltung: {attitude}</translation>
    </message>
    <message>
        <location filename="../../ui/grid/marker_items.py" line="399"/>
        <location filename="../../ui/network/network_scene.py" line="174"/>
        <location filename="../../ui/printing/text.py" line="196"/>
        <source>not rated</source>
        <extracomment>Opacity of everything off the highlighted path. Room around the drawing. Cell size (pixels) of the grid that finds what a name would cover.</extracomment>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/grid/people_panel.py" line="50"/>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="78"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/grid/people_panel.py" line="52"/>
        <source>Moved</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <location filename="../../ui/grid/people_panel.py" line="176"/>
        <location filename="../../ui/printing/text.py" line="200"/>
        <source>Not placed</source>
        <extracomment>The columns, by what they hold.</extracomment>
        <translation>Nicht platziert</translation>
    </message>
    <message>
        <location filename="../../ui/grid/people_panel.py" line="227"/>
        <location filename="../../ui/grid/people_panel.py" line="239"/>
        <source>People on this map</source>
        <extracomment>The ids now selected in the list (by the user). A person was double-clicked or Enter was pressed on them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/people_panel.py" line="296"/>
        <source>People ({n})</source>
        <translation>Personen ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/grid/time_bar.py" line="97"/>
        <source>Replay history</source>
        <extracomment>Replay mode switched on (True) or off. The moment shown: a datetime, or None for &quot;now&quot;. The date trails start from (a datetime), or None when not comparing. Replay starts from today; the next span puts the slider there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/time_bar.py" line="101"/>
        <source>Show the map as it stood on a past day (the map cannot be edited meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/time_bar.py" line="105"/>
        <source>Show the map as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/time_bar.py" line="110"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/time_bar.py" line="112"/>
        <location filename="../../ui/grid/time_bar.py" line="119"/>
        <source>Trails since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/grid/time_bar.py" line="114"/>
        <source>Draw each person&apos;s path from this date to the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="48"/>
        <source>Health grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="53"/>
        <source>Points off per unit, and at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="55"/>
        <source>&lt;b&gt;Factor&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="56"/>
        <source>&lt;b&gt;Points per unit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="57"/>
        <source>&lt;b&gt;At most&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="67"/>
        <source>Lowest score for each grade (below D: E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="80"/>
        <source>Trust trend over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="89"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/grading_dialog.py" line="127"/>
        <source>{exc} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/health_page.py" line="106"/>
        <source>Relationship health</source>
        <extracomment>Grade colours: readable on light and dark backgrounds alike.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/health_page.py" line="114"/>
        <source>Grading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/health_page.py" line="115"/>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/health_page.py" line="117"/>
        <source>The quarterly relationship-health report (PDF, CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/health_page.py" line="205"/>
        <source>{people} people in {units} units · {at_risk} at risk (grade D or E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="45"/>
        <source>Relationship Health Report</source>
        <extracomment>How many quarters back the dialog offers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="61"/>
        <source>Per business unit: grade and its change since the quarter before, maturity, relationships at risk and top concerns, graded by this workspace&apos;s grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="69"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="70"/>
        <source>Save Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="71"/>
        <source>One row per business unit, as Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="72"/>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="81"/>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="108"/>
        <source>Grading {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="162"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/health/report_flow.py" line="166"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="44"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="96"/>
        <source>Add influence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="99"/>
        <location filename="../../ui/meetings/attendee_editor.py" line="58"/>
        <location filename="../../ui/plans/communication_window.py" line="68"/>
        <location filename="../../ui/plans/plan_dialog.py" line="162"/>
        <source>Remove</source>
        <extracomment>Emitted with what changed (&quot;attendees&quot;, &quot;talking points&quot;) after an edit by the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="101"/>
        <source>Remove the selected link (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="106"/>
        <location filename="../../ui/printing/text.py" line="249"/>
        <source>Influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="107"/>
        <location filename="../../ui/printing/text.py" line="248"/>
        <source>Influenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="146"/>
        <source>Influences ({out})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/influence_tab.py" line="147"/>
        <source>Influenced by ({into})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="35"/>
        <source>Add influence</source>
        <extracomment>Direction choices: this person influences the other, or the other influences this person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="45"/>
        <source>{name} influences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="46"/>
        <source>…who influences {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="58"/>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="72"/>
        <source>Why, e.g. “her budget sponsor”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="75"/>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="76"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="77"/>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="78"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/influence/link_dialog.py" line="82"/>
        <location filename="../../ui/plans/plan_dialog.py" line="159"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="50"/>
        <source>Who owes it</source>
        <extracomment>The date a due-date editor shows as &quot;no date&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="51"/>
        <location filename="../../ui/printing/attendee_block.py" line="90"/>
        <source>We owe</source>
        <translation>Wir schulden</translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="52"/>
        <location filename="../../ui/printing/attendee_block.py" line="90"/>
        <source>They owe</source>
        <translation>Sie schulden</translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="57"/>
        <source>Whose commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="61"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="65"/>
        <location filename="../../ui/plans/plan_dialog.py" line="108"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="70"/>
        <source>Remove this follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="124"/>
        <source>+ Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/follow_ups.py" line="126"/>
        <source>A commitment made in this interaction (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="38"/>
        <location filename="../../ui/meetings/meeting_list.py" line="49"/>
        <location filename="../../ui/printing/text.py" line="163"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="39"/>
        <location filename="../../ui/printing/text.py" line="164"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="41"/>
        <source>Meal (lunch, dinner, coffee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="42"/>
        <location filename="../../ui/printing/text.py" line="167"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="45"/>
        <source>++  Very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="46"/>
        <source>+  Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="47"/>
        <source>○  Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="48"/>
        <source>−  Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="49"/>
        <source>−−  Very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="115"/>
        <source>What was said, decided, felt…</source>
        <extracomment>The plan touchpoints it fulfils and the standing messages it carries (ids).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="134"/>
        <location filename="../../ui/interactions/timeline_tab.py" line="81"/>
        <location filename="../../ui/meetings/meeting_editor.py" line="115"/>
        <location filename="../../ui/meetings/meeting_list.py" line="49"/>
        <source>When</source>
        <extracomment>The meeting id now selected, or -1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="136"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="137"/>
        <source>How it &amp;went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="138"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/log_dialog.py" line="140"/>
        <location filename="../../ui/pages.py" line="144"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../../ui/interactions/people_picker.py" line="40"/>
        <source>Add a person</source>
        <extracomment>Emitted after someone was added or removed. Emitted with an id when a person was added (the meeting editor adds an attendee row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="72"/>
        <source>Log interaction…</source>
        <extracomment>The summary gives way to who was there only down to this width.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="74"/>
        <source>Log a meeting, call, e-mail, meal or workshop (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="81"/>
        <location filename="../../ui/ratings/history_model.py" line="47"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="81"/>
        <location filename="../../ui/printing/health_report_renderer.py" line="340"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="81"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="158"/>
        <source>Select a person to see their interactions and commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interactions/timeline_tab.py" line="249"/>
        <source>Tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <location filename="../../ui/main_window.py" line="427"/>
        <location filename="../../ui/meetings/meetings_page.py" line="332"/>
        <source>Rapport</source>
        <extracomment>The person panel&apos;s width on a first start (the register takes the rest of the window). Emitted once, when the window has first been painted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Opening workspace…</source>
        <extracomment>The contact import under way (its dialogs), if any. The pages&apos; English titles, in tab order: the keys the menus use (the tabs show them translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>{name} — Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Opened read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Workspace opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>No workspace open: File ▸ Open Workspace (Ctrl+O) or New Workspace (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="31"/>
        <source>✓ accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="32"/>
        <source>✕ declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="33"/>
        <source>? tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="38"/>
        <location filename="../../ui/printing/text.py" line="155"/>
        <source>Organiser</source>
        <extracomment>No limit (for tests and callers that know their text is short).</extracomment>
        <translation>Organisator/in</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="39"/>
        <location filename="../../ui/printing/text.py" line="156"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="40"/>
        <location filename="../../ui/printing/text.py" line="157"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="65"/>
        <location filename="../../ui/printing/glance.py" line="37"/>
        <source>Attendee</source>
        <extracomment>Share of the table&apos;s width. Start a little in, after a right-aligned neighbour.</extracomment>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="65"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="65"/>
        <location filename="../../ui/meetings/import_dialog.py" line="76"/>
        <location filename="../../ui/printing/glance.py" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="65"/>
        <location filename="../../ui/meetings/attendee_editor.py" line="80"/>
        <location filename="../../ui/meetings/attendee_editor.py" line="208"/>
        <location filename="../../ui/printing/attendee_block.py" line="54"/>
        <source>Talking points</source>
        <extracomment>Points: the gap between sections and the padding of the talking-points wash.</extracomment>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="85"/>
        <source>What to raise with this person, what to ask, what to avoid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="144"/>
        <source>Their answer to the invite, from their calendar&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/attendee_editor.py" line="201"/>
        <source>Talking points for {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/import_dialog.py" line="59"/>
        <source>Import {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/import_dialog.py" line="76"/>
        <source>Meeting / attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/import_dialog.py" line="76"/>
        <source>In Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/import_dialog.py" line="146"/>
        <source>see above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="84"/>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="65"/>
        <source>Room, address or call link</source>
        <extracomment>Emitted with (before, after, what) when the user changed a field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="92"/>
        <source>What this meeting must achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="97"/>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="116"/>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="74"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="117"/>
        <source>&amp;Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="118"/>
        <location filename="../../ui/plans/plan_dialog.py" line="180"/>
        <source>&amp;Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="119"/>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="125"/>
        <source>&lt;b&gt;Attendees&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="159"/>
        <source>No meeting selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meeting_editor.py" line="160"/>
        <source>Plan one with New Meeting, or import an invite (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="120"/>
        <source>Print Several</source>
        <extracomment>The last dialog or message the page opened (tests and the self-test look at it). The invites being read, while they are (see import_paths).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="132"/>
        <source>Paper size</source>
        <extracomment>Why the paper is what it is (&quot;the paper of the default printer, …&quot;), for the preview.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="133"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="134"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="135"/>
        <source>  Paper </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="140"/>
        <source>Drop an .ics invite anywhere on this page to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/meetings_page.py" line="303"/>
        <source>Paper for prep sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="48"/>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="53"/>
        <source>e.g. ERP steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="72"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/new_meeting_dialog.py" line="73"/>
        <source>&amp;Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meetings/record_flow.py" line="32"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="39"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="41"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="41"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="41"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="90"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="93"/>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="94"/>
        <source>Where Rapport keeps your workspace, backups and its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="96"/>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/help_actions.py" line="123"/>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/page_menus.py" line="155"/>
        <source>&amp;Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/page_menus.py" line="209"/>
        <source>Print &amp;Several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="64"/>
        <source>People from vCard, LinkedIn, Outlook, Google or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="70"/>
        <source>Everyone as an Excel, CSV or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="72"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="78"/>
        <source>Per business unit, for a quarter: grade and change, maturity, top concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="86"/>
        <source>A made-up company to try Rapport on, kept apart from yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="133"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="147"/>
        <source>Log a meeting, call, e-mail, meal or workshop with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="150"/>
        <source>Trust, influence, and power, interest and attitude on a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="162"/>
        <source>Standing messages: who gets what, when next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="168"/>
        <source>Who in the team looks after the chosen people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="176"/>
        <source>Delete them for good (after a backup); or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus/window_menus.py" line="179"/>
        <source>People who are probably one person, to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="79"/>
        <source>Only the people on one map, or everybody</source>
        <extracomment>Emitted each time a network has been drawn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="87"/>
        <source>The strongest ways to them from people who already support us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="89"/>
        <source>Type or pick a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="98"/>
        <source>Show the whole network again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="101"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="102"/>
        <source>Show the whole network (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="105"/>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="108"/>
        <source>Zoom out (− or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="130"/>
        <source>Copy Talking Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="133"/>
        <source>Copy the chosen path, to paste into a meeting&apos;s talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="142"/>
        <source>How do I reach them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="148"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="154"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="157"/>
        <source>How do I reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="241"/>
        <source>Drawing the network was cancelled: choose what to show again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="287"/>
        <source>No influence recorded {where} yet: add who influences whom on a person&apos;s Who influences tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_page.py" line="327"/>
        <source>Pick a person above: the strongest ways to them from people who already support us (supporters and champions) appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/network/network_view.py" line="26"/>
        <source>Influence network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_panel.py" line="22"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="50"/>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="59"/>
        <source>New message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="62"/>
        <source>Send to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="65"/>
        <source>Add recipients by map, quadrant, tag or unit, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="70"/>
        <source>Take the selected person off, or delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="75"/>
        <source>Message and recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="75"/>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/communication_window.py" line="75"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="54"/>
        <source>New standing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="59"/>
        <source>Quarterly portfolio update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="74"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="75"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="76"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="77"/>
        <source>First due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="78"/>
        <location filename="../../ui/plans/plan_dialog.py" line="185"/>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="129"/>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="126"/>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="127"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="128"/>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="129"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="130"/>
        <location filename="../../ui/units/units_page.py" line="160"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="131"/>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="132"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="139"/>
        <source>Trust &amp;&amp; influence</source>
        <translation>Vertrauen &amp;&amp; Einfluss</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="141"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="142"/>
        <source>Who influences</source>
        <translation>Wer beeinflusst</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="145"/>
        <location filename="../../ui/plans/message_dialogs.py" line="79"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="123"/>
        <source>Send “{title}” to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="130"/>
        <source>any place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="141"/>
        <location filename="../../ui/plans/plan_dialog.py" line="183"/>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="142"/>
        <source>In the quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="143"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="144"/>
        <source>In the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/message_dialogs.py" line="185"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="92"/>
        <source>{name}: neutral → supporter by end of Q3</source>
        <extracomment>(label, unit, interval) of the repeat choices; None: once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="108"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="112"/>
        <source>— (trust only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="119"/>
        <source>The strategy in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="128"/>
        <location filename="../../ui/ratings/history_model.py" line="46"/>
        <location filename="../../ui/units/unit_panel.py" line="68"/>
        <source>Date</source>
        <extracomment>The role holding a row&apos;s :class:`TimelineEntry`.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="128"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="128"/>
        <location filename="../../ui/plans/plan_dialog.py" line="146"/>
        <location filename="../../ui/plans/plans_tab.py" line="102"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="128"/>
        <source>Repeats / done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="153"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="153"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="181"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="182"/>
        <source>Target attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="184"/>
        <source>&amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plan_dialog.py" line="202"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="85"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="56"/>
        <source>No notes on this person yet.</source>
        <extracomment>The note being changed (None: the editor writes a new one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="59"/>
        <source>Write a note… (Ctrl+Return adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="62"/>
        <source>Private: only I can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="71"/>
        <location filename="../../ui/ownership/notes_tab.py" line="186"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="75"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="77"/>
        <location filename="../../ui/plans/plans_tab.py" line="91"/>
        <location filename="../../ui/units/unit_panel.py" line="58"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="130"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="133"/>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/notes_tab.py" line="173"/>
        <source>Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="94"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="96"/>
        <source>Tick the selected touchpoint done today (or untick it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="102"/>
        <source>Plan and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="145"/>
        <source>Pick a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="149"/>
        <source>Not placed on a map: no contact cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/plans_tab.py" line="156"/>
        <source>Next contact due {day:%a %d %b %Y}{late}: {title}, every {cadence_days} days from the last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/reminders_export.py" line="22"/>
        <source>Export &amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/reminders_export.py" line="25"/>
        <source>Touchpoints, communication-plan dates and commitments as a calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plans/reminders_export.py" line="72"/>
        <source>The reminders were not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="140"/>
        <location filename="../../ui/printing/attendee_block.py" line="58"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="63"/>
        <source>No history: this attendee is not in Rapport. Add them as a stakeholder to track trust, commitments and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="74"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="79"/>
        <source>How to reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="81"/>
        <source>Latest note</source>
        <translation>Letzte Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="85"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="86"/>
        <source>No contact logged.</source>
        <translation>Kein Kontakt erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="92"/>
        <source>Nothing open.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="143"/>
        <location filename="../../ui/printing/attendee_block.py" line="94"/>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="97"/>
        <source>Next in the plan</source>
        <translation>Als Nächstes im Plan</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="100"/>
        <source>How to handle</source>
        <translation>Umgang</translation>
    </message>
    <message>
        <location filename="../../ui/printing/attendee_block.py" line="400"/>
        <source>12 MONTHS</source>
        <translation>12 MONATE</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="46"/>
        <source>1 attendee</source>
        <extracomment>The longest title and place line the band shows (a few lines; the rest ends in &quot;…&quot;).</extracomment>
        <translation>1 Teilnehmer/in</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="46"/>
        <source>{n} attendees</source>
        <translation>{n} Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="50"/>
        <source>1 open commitment</source>
        <translation>1 offene Zusage</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="52"/>
        <source>{n} open commitments</source>
        <translation>{n} offene Zusagen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="55"/>
        <source>Maps: {maps}</source>
        <translation>Karten: {maps}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="57"/>
        <source>logged as an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="88"/>
        <source>MEETING PREP</source>
        <translation>BESPRECHUNGSVORBEREITUNG</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="96"/>
        <location filename="../../ui/printing/health_report_renderer.py" line="119"/>
        <location filename="../../ui/printing/health_report_renderer.py" line="417"/>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="250"/>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="193"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="193"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="212"/>
        <source>No objective set.</source>
        <translation>Kein Ziel festgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="215"/>
        <source>No agenda set.</source>
        <translation>Keine Tagesordnung festgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/blocks.py" line="251"/>
        <source> (CONTINUED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/charts.py" line="117"/>
        <source>POWER</source>
        <extracomment>The mark of each quadrant: filled square, filled diamond, filled triangle, open circle.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/charts.py" line="122"/>
        <source>INTEREST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/charts.py" line="164"/>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/charts.py" line="273"/>
        <source>no trust or influence ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/glance.py" line="42"/>
        <source>Attitude → aim</source>
        <translation>Haltung → Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/glance.py" line="43"/>
        <source>We owe / they owe</source>
        <translation>Wir / sie schulden</translation>
    </message>
    <message>
        <location filename="../../ui/printing/glance.py" line="63"/>
        <source>not in Rapport — no history</source>
        <extracomment>Draw the quadrant&apos;s mark before the text. A red addition drawn after the text (&quot;2 late&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/glance.py" line="84"/>
        <source>{n} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/health_report_renderer.py" line="117"/>
        <source>RELATIONSHIP HEALTH REPORT</source>
        <extracomment>Grade chips: dark enough to hold white letters, distinct in grey as well.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/health_report_renderer.py" line="142"/>
        <source>overall {score:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/health_report_renderer.py" line="343"/>
        <source>Business units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/health_report_renderer.py" line="349"/>
        <source>How the grade is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/health_report_renderer.py" line="420"/>
        <source>Printed {printed} · Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/health_report_renderer.py" line="421"/>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="267"/>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="106"/>
        <location filename="../../ui/printing/preview.py" line="72"/>
        <source>Prep sheet — {title}</source>
        <extracomment>PDF coordinates per inch: fine enough for exact placement, small enough to stay fast.
----------
The paper the preview shows (and the printer gets). What the last print job was: its paper, sides and whether two-sided.</extracomment>
        <translation>Vorbereitungsblatt — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="107"/>
        <source>Prep sheets — {n} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="170"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="173"/>
        <source>● now   ○ where we want them</source>
        <translation>● jetzt   ○ wo wir sie haben wollen</translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="175"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="182"/>
        <source>Open demand in their units</source>
        <translation>Offene Vorhaben in ihren Einheiten</translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="189"/>
        <source>No attendees yet. Add them on the Meetings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="233"/>
        <source>continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/prep_sheet_renderer.py" line="259"/>
        <source>Printed {when} · Rapport</source>
        <translation>Gedruckt {when} · Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="75"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="77"/>
        <source>Save these sheets as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="103"/>
        <source>  Paper: {value}{note}  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/preview.py" line="118"/>
        <source>Print prep sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/text.py" line="73"/>
        <source>continued in Rapport</source>
        <extracomment>Ends a field cut because it would not fit on one page.</extracomment>
        <translation>Fortsetzung in Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/printing/text.py" line="166"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/text.py" line="219"/>
        <source>→ aim</source>
        <translation>→ Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/text.py" line="223"/>
        <source>not on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing/text.py" line="230"/>
        <source>Power {power} · Interest {interest} · Attitude</source>
        <translation>Einfluss {power} · Interesse {interest} · Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/printing/text.py" line="255"/>
        <source>, here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_model.py" line="48"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_model.py" line="49"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_model.py" line="50"/>
        <source>Entered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="47"/>
        <source>Correct {lower}</source>
        <extracomment>The narrowest the note is made before the table scrolls sideways. &quot;What&quot; gives way no further than this: the kind and the start of the map&apos;s name read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="51"/>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="62"/>
        <source>Entered {recorded_at}. The correction is kept as a new entry; Undo puts the original back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="72"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="73"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="74"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="148"/>
        <source>&amp;Correct…</source>
        <extracomment>Emitted with a status message after a correction or removal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="149"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="152"/>
        <source>Remove the selected ratings (Delete). Ctrl+Z puts them back while Rapport is open; a backup is taken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="159"/>
        <source>Which entries to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="166"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="184"/>
        <source>Remove rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="215"/>
        <source>{ratings}, {contacts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="216"/>
        <source>1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="216"/>
        <source>{n} ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="218"/>
        <source>1 interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/history_view.py" line="220"/>
        <source>{n} interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="24"/>
        <source>Power</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="25"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="26"/>
        <source>Planned power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="27"/>
        <source>Planned interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="28"/>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="29"/>
        <source>Desired attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="37"/>
        <source>{what} on {map}</source>
        <translation>{what} auf {map}</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/labels.py" line="160"/>
        <source>{what} goes from {low} to {high}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/person_tabs.py" line="112"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/quick_entry.py" line="93"/>
        <source>Not on any map yet</source>
        <extracomment>Emitted after a rating was recorded, with a short message for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/quick_entry.py" line="95"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/quick_entry.py" line="112"/>
        <source>Back-date an assessment; the entry still shows when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/quick_entry.py" line="115"/>
        <source>As &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/quick_entry.py" line="149"/>
        <source>Type a value from 0 to 10, then a note if you like; Enter records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/quick_entry.py" line="223"/>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ratings/rating_dialog.py" line="61"/>
        <source>Rate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/delete_person.py" line="27"/>
        <source>Delete stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/delete_person.py" line="33"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/delete_person.py" line="37"/>
        <source>&amp;Archive Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/empty_register.py" line="38"/>
        <source>No one in this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/empty_register.py" line="42"/>
        <source>Rapport keeps the people whose trust your work depends on: add them one by one, bring them in from your address book, or look around the demo first (a made-up company, kept apart from your own workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/new_stakeholder_dialog.py" line="26"/>
        <source>New stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/new_stakeholder_dialog.py" line="39"/>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="124"/>
        <location filename="../../ui/units/dialogs.py" line="116"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/new_stakeholder_dialog.py" line="40"/>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="125"/>
        <source>Job &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/new_stakeholder_dialog.py" line="41"/>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="128"/>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/new_stakeholder_dialog.py" line="42"/>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="130"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/register_model.py" line="51"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/register_model.py" line="53"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="89"/>
        <source>department or team within the organisation</source>
        <extracomment>The side of the square a person&apos;s photo is shown in. Emitted after a field was saved (with the field&apos;s label).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="105"/>
        <source>How to handle them: what they value, what to avoid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="126"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="131"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="133"/>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="134"/>
        <source>How to &amp;handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="111"/>
        <source>Background anyone with the workspace can read (private ones: the Notes tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="135"/>
        <source>Profile n&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="222"/>
        <source>No one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="223"/>
        <source>Pick a person in the list, or add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="225"/>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="228"/>
        <source>Open one with File ▸ Open Workspace (Ctrl+O), or start a new one with File ▸ New Workspace (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_editor.py" line="240"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stakeholders/stakeholder_list.py" line="60"/>
        <location filename="../../ui/units/units_page.py" line="84"/>
        <source>Show archived</source>
        <extracomment>The stakeholder id now selected (or -1 for none). Emitted after the rows were (re)loaded from the workspace. Emitted with the paths of contact files (.vcf, .csv, .xlsx) dropped on the register.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="120"/>
        <source>&amp;Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="196"/>
        <source>who assessed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="200"/>
        <source>What shows it: e.g. &apos;Retail brought us the problem before choosing a tool&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="203"/>
        <location filename="../../ui/units/dialogs.py" line="248"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="204"/>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="205"/>
        <source>&amp;Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="206"/>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/dialogs.py" line="249"/>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="54"/>
        <source>Assess Maturity…</source>
        <extracomment>The owner chosen in the panel (a login, or None for nobody).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="56"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="60"/>
        <source>Target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="68"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="68"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="68"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/unit_panel.py" line="79"/>
        <source>Choose an organisation or unit on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/units_page.py" line="72"/>
        <source>Organisation / unit</source>
        <extracomment>Tree columns. The last dialog the page opened (tests look at it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/units_page.py" line="73"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/units_page.py" line="161"/>
        <source>Team coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/units_page.py" line="191"/>
        <source>{title} by {due_on:%b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/units/units_page.py" line="416"/>
        <source>No Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="40"/>
        <source>Workspace in use</source>
        <extracomment>Opens ``path`` read-only. Opens ``path`` taking over the lock of the holder the user confirmed is gone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="42"/>
        <source>{name} is open {describe}.

Close Rapport there, then open the workspace again here. Meanwhile you can open it read-only: you see everything but can change nothing.

If Rapport is surely closed there (it crashed, or that computer is off), you can take the workspace over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="52"/>
        <location filename="../../ui/workspace/opening_problems.py" line="112"/>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="54"/>
        <source>&amp;Take Over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="75"/>
        <source>Take over the workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="77"/>
        <source>Is Rapport closed on {host}?

Take over {name} only if the Rapport that {user} opened it in ({describe}) is no longer running: it crashed, or that computer is off. If it is still open there, both copies would change the workspace at once and changes could be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="87"/>
        <source>It Is Closed — &amp;Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/opening_problems.py" line="106"/>
        <source>Could not open the workspace for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="38"/>
        <source>&amp;New Workspace…</source>
        <extracomment>Emitted when a workspace could not be opened (the user was told why). The question shown when the last workspace could not be opened for editing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="41"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="44"/>
        <source>Open &amp;Shared Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="46"/>
        <source>A workspace your team shares on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="50"/>
        <source>Open &amp;Recent</source>
        <extracomment>Connects to shared workspaces (File ▸ Open Shared Workspace…, Open Recent).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="52"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="55"/>
        <source>&amp;Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="111"/>
        <source>Could not create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="120"/>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="149"/>
        <source>Workspace upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="151"/>
        <source>{name} was written by an older version of Rapport and has been upgraded.

A backup of it as it was is kept at:
{backup}

Older versions of Rapport can open that backup, but not the upgraded workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="190"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace_menu.py" line="197"/>
        <source>%s (shared, as %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="65"/>
        <source>under a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="77"/>
        <source>Owner / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="78"/>
        <source>Works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="80"/>
        <source>Owner / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="80"/>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="84"/>
        <source>Who owns what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="84"/>
        <source>People nobody owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="91"/>
        <source>Owners whose people are overdue for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="112"/>
        <source>{owners} · no owner: {people}, {units} · {late} with people overdue for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="123"/>
        <location filename="../../ui/ownership/coverage_view.py" line="149"/>
        <location filename="../../ui/ownership/owner_combo.py" line="29"/>
        <source> (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/coverage_view.py" line="136"/>
        <source>Units nobody owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/owner_combo.py" line="17"/>
        <source>The team member who looks after this relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/owner_dialog.py" line="17"/>
        <source>Set Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/owner_dialog.py" line="26"/>
        <source>Who looks after {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ownership/owner_dialog.py" line="27"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_opening.py" line="109"/>
        <source>Connecting to %s…</source>
        <extracomment>The passwords of this process&apos;s shared workspaces (the keyring&apos;s, or typed this session). The dialog asking for the server and password, while it is shown. The question or warning shown after the last attempt. The connection attempt under way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_opening.py" line="152"/>
        <source>Something went wrong while connecting: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_opening.py" line="156"/>
        <source>Could not open the shared workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_opening.py" line="172"/>
        <source>Upgrade the shared workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_opening.py" line="174"/>
        <source>Upgrade it now? Members with an older Rapport cannot open it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_opening.py" line="179"/>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="41"/>
        <source>Use TLS if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="42"/>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="43"/>
        <source>Require TLS and check the server&apos;s certificate and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="44"/>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="45"/>
        <source>Use TLS only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="46"/>
        <source>No TLS (only on a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="63"/>
        <source>Open Shared Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="66"/>
        <source>A workspace your team shares on a PostgreSQL server. Your administrator gives you its server, database and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="73"/>
        <source>db.example.com, or a whole postgresql:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="84"/>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="94"/>
        <source>&amp;Remember the password in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="101"/>
        <source>This computer has no keyring: the password is kept until Rapport closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="114"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="118"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="121"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="122"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="123"/>
        <source>&amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="124"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="127"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="132"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/shared_workspace_dialog.py" line="204"/>
        <source>(fill in server, database and user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
