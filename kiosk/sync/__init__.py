"""Talking to the central server: device credentials today; push and pull come next."""
