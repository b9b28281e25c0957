"""Talking to the central server: device credentials, the HTTP link, the sync agent that keeps
a terminal's replica in step (pull by long poll, push from the outbox, lease numbers), and the
remote counter desk."""
