config-error-unreadable = Cannot read the configuration file: { $reason }
config-error-syntax = The configuration file has a syntax error: { $reason }
