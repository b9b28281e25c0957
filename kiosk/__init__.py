"""kiosk: queue software for a municipality."""
