## Checking configuration files (kiosk.toml, procedure files)

config-kiosk-empty = "{ $key }" is empty
config-kiosk-hub-url = The hub URL is not valid (it must start with http:// or https://): { $url }
config-kiosk-out-of-range = "{ $key }" must be from { $min } to { $max }
config-kiosk-default-language = The start language "{ $lang }" is not among the languages offered
config-kiosk-duplicate = "{ $id }" is listed twice
config-kiosk-nothing-offered = No procedure is offered
config-kiosk-catalog = Cannot read the procedures folder: { $dir }
config-kiosk-pin-hash = The admin PIN hash is not an Argon2 PHC string ($argon2id$…)

config-procedure-bad-id = "{ $id }" cannot be used as a name (lowercase letters, digits and hyphens)
config-procedure-bad-shared-id = The shared field name "{ $id }" must be dotted, like "applicant.name"
config-procedure-bad-message-key = "{ $key }" is not a translation key
config-procedure-bad-service = The service "{ $service }" must be one capital letter (for example A or B)
config-procedure-bundle-empty = The bundle has no procedures
config-procedure-choice-no-options = The choice has no options
config-procedure-duplicate = "{ $id }" is defined twice
config-procedure-field-no-id = The field has neither id nor shared
config-procedure-field-no-kind = The field has no kind
config-procedure-field-no-label = The field has no label
config-procedure-id-not-file-name = The procedure id "{ $id }" differs from the file name "{ $file }"
config-procedure-min-over-max = min ({ $min }) is greater than max ({ $max })
config-procedure-option-not-for-kind = "{ $option }" cannot be used with this kind of field
config-procedure-optional-not-in-bundle = "{ $id }" is not one of the bundle's procedures
config-procedure-bundle-two-windows = "{ $procedure }" gives "{ $id }" a different notification deadline than another procedure of this bundle; one date has one deadline
config-procedure-shared-in-shared = A shared field definition cannot use shared
config-procedure-shared-with-kind = A field using the shared field "{ $shared }" cannot have an id or kind
config-procedure-two-households = A procedure can have only one household field
config-procedure-unknown-field = There is no field "{ $id }"
config-procedure-unknown-option = There is no option "{ $value }"
config-procedure-unknown-relationship = There is no relationship "{ $value }" (head, spouse, child, parent, grandparent, grandchild, sibling, other)
config-procedure-unknown-shared = There is no shared field "{ $id }"
config-procedure-wrong-kind = The field "{ $id }" is of kind { $kind }, which cannot be used here
config-procedure-zero-length = The maximum length cannot be 0
config-procedure-missing-text = The translation key "{ $key }" is missing from the Japanese locale

config-check-ok = { $file }: no problems ({ $kind })
config-check-unknown-kind = Cannot tell what this configuration file is for; use --kind
config-town-prefecture = There is no prefecture "{ $value }" (write it as in 東京都 or 北海道)
config-town-chome = The number of chōme must be from 1 to 99 ({ $value })
