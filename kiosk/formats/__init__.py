"""File formats at the edge of the system: appointments read from a booking system's calendar
(iCalendar or our JSON) and the staff calendar feed written out.

Pure translation between bytes and our own types: no database, no Qt, no use case. The
services decide what to do with what is read (kiosk.services.appointment_import) and what goes
into a feed (kiosk.services.calendar_feeds).
"""
