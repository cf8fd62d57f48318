# Waiting-room board (additions).
board2-error-unreachable = Cannot reach the reception system ({ $hub }). Check that the hub is on and the network is connected, then start the board again.
board2-last-update = As of { $time }
