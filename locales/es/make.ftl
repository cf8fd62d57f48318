# Pantallas de "Hacerlo aquí" (entrada sin escribir).

make-pick-heading = ¿Qué trámite desea hacer?
make-pick-events = Acontecimientos de la vida
make-pick-certificates = Certificados
make-forms-heading = Elija los formularios que entregará juntos
make-forms-required = ✓ { $name } (siempre incluido)
make-forms-none = Elija al menos un formulario
make-progress = { $current } / { $total }
make-member-number = Persona { $number }
make-household-empty = Todavía no hay nadie
make-add-person = ＋ Añadir una persona
make-remove = Quitar
make-back = Atrás
make-next = Siguiente
make-skip = Omitir
make-clear = Borrar todo
make-backspace = Borrar uno
make-kana-space = Espacio
make-date-western = Año occidental
make-date-year = año
make-date-month = mes
make-date-day = día
make-clerk-note = El personal de la ventanilla le preguntará su nombre en kanji y la dirección completa y los anotará.
make-clerk-completes = El personal lo completará en la ventanilla
