"""Who owns which relationship (owners, the "Mine" filters, coverage) and notes on people."""
