# Telas de "Fazer aqui" (entrada sem escrever).

make-pick-heading = O que você deseja fazer?
make-pick-events = Acontecimentos da vida
make-pick-certificates = Certificados
make-forms-heading = Escolha os formulários a entregar juntos
make-forms-required = ✓ { $name } (sempre incluído)
make-forms-none = Escolha pelo menos um formulário
make-progress = { $current } / { $total }
make-member-number = Pessoa { $number }
make-household-empty = Ninguém adicionado ainda
make-add-person = ＋ Adicionar pessoa
make-remove = Remover
make-back = Voltar
make-next = Avançar
make-skip = Pular
make-clear = Apagar tudo
make-backspace = Apagar um
make-kana-space = Espaço
make-date-western = Ano ocidental
make-date-year = ano
make-date-month = mês
make-date-day = dia
make-clerk-note = No guichê, o atendente perguntará seu nome em kanji e o número do endereço (番地) e os preencherá.
make-clerk-completes = O atendente preencherá no guichê
