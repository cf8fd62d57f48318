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
