# "Make it here" screens (no-writing input).

make-pick-heading = What would you like to do?
make-pick-events = Life events
make-pick-certificates = Certificates
make-forms-heading = Choose the forms to hand in together
make-forms-required = ✓ { $name } (always included)
make-forms-none = Please choose at least one form
make-progress = { $current } / { $total }
make-member-number = Person { $number }
make-household-empty = No one added yet
make-add-person = ＋ Add a person
make-remove = Remove
make-back = Back
make-next = Next
make-skip = Skip
make-clear = Clear
make-backspace = Delete
make-kana-space = Space
make-date-western = Western year
make-date-year = year
make-date-month = month
make-date-day = day
make-clerk-note = Staff at the counter will ask for your name in kanji and your street address and fill them in.
make-clerk-completes = Staff will fill this in at the counter
