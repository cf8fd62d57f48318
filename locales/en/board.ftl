# Waiting-room board.
board-title = Calling board
board-calling = Now calling
board-counter = Counter { $counter }
board-no-calls = No numbers called yet
board-waiting-heading = Waiting
board-waiting = { $count } waiting
board-wait-estimate = about { $minutes } min
board-date = { $year }-{ $month }-{ $day }
board-please-go = If your number is shown, please go to the counter next to it
board-connecting = Connecting to the reception system…
board-reconnecting = Reconnecting to the reception system… (showing the last state received)
board-error-language = Unknown language code: { $code }
board-no-wait = no wait
