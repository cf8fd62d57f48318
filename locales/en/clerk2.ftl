# Clerk console: staff calls, export and statistics; hub errors they use.
clerk-staff-calls-heading = Staff calls ({ $count })
clerk-staff-call-answer = Answer
clerk-staff-call-taken = Please go to { $kiosk }
hub-error-staff-call-note = The reason can be at most { $max } characters
hub-error-staff-call-answered = This call has already been answered ({ $clerk })
clerk-error-unreachable = Cannot reach the hub. Check the network and that the hub is running
clerk-export-open = Export & statistics
clerk-export-close = Back to the queue
clerk-export-heading = Export and statistics for { $day }
clerk-export-prev-day = Previous day
clerk-export-next-day = Next day
clerk-export-records = Records CSV
clerk-export-stats = Statistics CSV
clerk-export-saved = Saved: { $path }
clerk-export-failed = Could not save: { $reason }
clerk-stats-visits = Visits per service
clerk-stats-languages = Languages used
clerk-stats-wait = Wait until called: average { $avg } min, 90% within { $p90 } min
clerk-stats-wait-none = Nobody has been called yet
clerk-stats-qr = QR pre-application: { $percent }% of visits
clerk-stats-empty = No visits on this day
hub-error-bad-date = The date { $date } is not valid (YYYY-MM-DD)
hub-error-body-syntax = The request body is not valid JSON
hub-error-body-data = A field of the request body is missing or has the wrong type ({ $path })
hub-error-body-type = Send the request body as JSON (application/json)
# A chart with nothing to show yet.
clerk-stats-none = None yet
# The record panel before anyone is called.
clerk-record-hint = Call the next resident (F1) and their application appears here.
clerk-postal-choose = Postal code { $code } covers several towns; pick one
clerk-postal-unknown = Postal code { $code } was not found
clerk-postal-filled = from the postal code (not saved yet)
