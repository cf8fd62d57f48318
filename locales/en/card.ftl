# Reading the My Number Card (src/card)
card-error-no-reader = No card reader found. Check that it is connected and that pcscd is running
card-error-reader-unplugged = The card reader was unplugged
card-error-no-card = No card on the reader
card-error-card-removed = The card moved away while it was being read. Please place it again
card-error-not-my-number-card = This is not a My Number Card
card-error-wrong-pin = The PIN is wrong. { $tries ->
    [one] One more wrong try will lock it
   *[other] { $tries } more wrong tries will lock it
}
card-error-pin-blocked = The PIN is locked. Please have it unlocked at the counter
card-error-timeout = The card reader does not answer
card-error-malformed = The information on the card could not be read
card-error-pin-format = The PIN is 4 digits
card-error-unexpected = The card gave an unexpected answer ({ $status })
card-error-reader = Card reader error: { $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = Fill in with my My Number Card
card-cancel = Cancel
card-place-heading = Please place your My Number Card
card-place-body = Leave the card on the reader. Only your name, address, date of birth and sex are read. Your individual number (My Number) is never read
card-pin-heading = Enter your PIN (4 digits)
card-pin-tries = { $tries ->
    [one] You can enter it 1 more time
   *[other] You can enter it { $tries } more times
}
card-pin-read = Read
card-reading = Reading. Please do not move the card
card-counter-heading = Please come to the counter
card-counter-last-try = One more wrong PIN would lock it. Please do not enter it here; ask the staff at the counter
card-counter-blocked = The PIN is locked. It can be unlocked at the counter
card-failed-heading = The card could not be read
card-retry = Try again
