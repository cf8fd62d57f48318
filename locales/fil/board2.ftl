# Board sa waiting room (mga dagdag).
board2-error-unreachable = Hindi maabot ang sistema ng pila ({ $hub }). Tingnan kung naka-on ang hub at nakakonekta ang network, saka simulan muli ang board.
board2-last-update = Kalagayan noong { $time }
