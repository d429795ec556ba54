# Words used on every page: the frame around the journeys.

site-name = Co dalej?
site-tagline = Kto co robi, gdy Twoja opieka przechodzi od lekarza rodzinnego (GP) do szpitala albo odwrotnie.
skip-to-content = Przejdź do treści
home-link = Wszystkie poradniki

# The safety line shown on every page. $audience is "parent" on guides for parents.
safety-title = Potrzebujesz pomocy teraz?
safety-emergency = W nagłym wypadku zadzwoń pod { -emergency-number }.
safety-urgent = { $audience ->
        [parent] Jeśli Ty albo Twoje dziecko źle się czujecie i nie wiesz, co zrobić, zadzwoń pod { -urgent-number } albo do swojej przychodni GP.
       *[other] Jeśli źle się czujesz i nie wiesz, co zrobić, zadzwoń pod { -urgent-number } albo do swojej przychodni GP.
    }
safety-online = Możesz też wejść na stronę 111.nhs.uk.
safety-mental-health = W kryzysie zdrowia psychicznego zadzwoń pod { -urgent-number } i wybierz opcję dotyczącą zdrowia psychicznego.
safety-deaf = Jeśli jesteś osobą głuchą, zadzwoń pod 18001 111 przez Relay UK albo skorzystaj z usług NHS 111 i 999 w brytyjskim języku migowym (BSL).
-emergency-number = 999
-urgent-number = NHS 111
# On every page: the rules these guides describe are England's.
scope-england = Te poradniki dotyczą usług NHS w Anglii. W Walii, Szkocji i Irlandii Północnej niektóre rzeczy działają inaczej.

home-title = Co dalej z Twoim leczeniem?
home-intro = Wybierz poradnik, który pasuje do Ciebie. Każdy mówi, kto robi każdy krok i jak się z nim skontaktować.

# The search box on the home page.
search-label = Szukaj w poradnikach
search-hint = Na przykład: badanie krwi, zwolnienie lekarskie, recepta.
search-results = { $count ->
        [0] Żaden poradnik nie pasuje. Spróbuj innych słów albo wybierz z listy poniżej.
        [one] Znaleziono 1 poradnik.
        [few] Znaleziono { $count } poradniki.
        [many] Znaleziono { $count } poradników.
       *[other] Znaleziono { $count } poradnika.
    }
# Words too common to help find a guide. Lower case, separated by spaces.
search-ignored-words = a i oraz w we z ze na do od o u po za przez dla pod nad przy jak co czy kto kiedy gdzie dlaczego czemu jest są był była było jestem mam ma mają mój moja moje mojego mojej moim moich mi mnie się to ten ta te tego tej jaki jaka jakie już jeszcze że ale lub albo też tylko twój twoja twoje ja ty on ona oni

# Group headings on the home page: the question people start from.
topic-referred = Mam skierowanie
topic-waiting = Czekam na wizytę
topic-test = Zrobiono mi badanie
topic-after-appointment = Po wizycie w szpitalu
topic-leaving-hospital = Wychodzę ze szpitala
topic-medicines-fit-notes = Leki i zwolnienia lekarskie
topic-child = Chodzi o moje dziecko
topic-mental-health = Chodzi o moje zdrowie psychiczne
topic-gp-practice = Pomoc z mojej przychodni GP albo bez niej

journey-steps-heading = Co się dzieje, krok po kroku
# Under a guide shown inside a practice's website.
journey-more-guides = Więcej naszych poradników
# Under each guide. A clinician's check is shown only when one is recorded for the guide.
journey-written = Napisaliśmy tę stronę { $date } na podstawie publicznych źródeł. Nie sprawdził jej jeszcze nikt z personelu medycznego.
journey-reviewed = Tę stronę sprawdziła { $date } osoba z personelu medycznego: { $reviewer }.
step-number = Krok { $number }
step-who = Kto to robi
step-contact = Jak się skontaktować
step-if-not = Jeśli tak się nie stanie
step-ask = Pytania, które możesz zadać

# Who is responsible for a step.
who-gp-practice = Twoja przychodnia GP
who-hospital-team = Zespół w szpitalu
who-patient-or-parent = { $audience ->
        [parent] Ty, rodzic lub opiekun
       *[other] Ty
    }
who-pharmacy = Apteka w pobliżu
who-nhs-111 = NHS 111
who-mental-health-team = Zespół zdrowia psychicznego
who-private-clinic = Prywatna klinika
who-other = Ktoś inny: w tym kroku jest napisane, kto

# How to reach whoever is responsible.
contact-hospital-team = Zadzwoń do zespołu w szpitalu. Numer jest w Twoim liście albo SMS-ie.
contact-referral-booking = Użyj linku z SMS-a albo e-maila. Możesz też zadzwonić pod numer z listu.
contact-gp-practice = Zadzwoń do przychodni GP, wypełnij jej formularz online albo podejdź do recepcji.
contact-hospital-ward = Zapytaj personel oddziału, zanim wyjdziesz. Potem dzwoń pod numer z listu, który dostaniesz na oddziale.
contact-test-requester = Skontaktuj się z zespołem, który zlecił badanie. Dane kontaktowe są w liście albo na formularzu.
contact-pharmacy = Idź do dowolnej apteki albo do niej zadzwoń. Nie musisz się umawiać.
contact-link-worker = Poproś przychodnię GP, żeby skontaktowała Cię z doradcą środowiskowym (link worker).
contact-patient-advice = Poproś o kontakt z biurem porad dla pacjentów w szpitalu. Pomaga ono, gdy coś pójdzie nie tak.
contact-nhs-111 = Zadzwoń pod NHS 111 o każdej porze dnia i nocy albo wejdź na stronę 111.nhs.uk.
contact-self-referral = Skontaktuj się z tą usługą samodzielnie, przez internet albo telefonicznie. Wyszukaj ją na stronie internetowej NHS albo zapytaj w przychodni GP, jak się z nią skontaktować.
contact-mental-health-team = Zadzwoń pod numer z Twojego planu opieki. W kryzysie zadzwoń pod NHS 111 i wybierz opcję dotyczącą zdrowia psychicznego.
contact-private-clinic = Skontaktuj się z prywatną kliniką. Jej dane kontaktowe są w liście albo na rachunku.
contact-urgent-care = Zadzwoń do A&E (szpitalnego oddziału ratunkowego) albo do ośrodka pilnej pomocy (urgent treatment centre), w którym Cię przyjęto. Numer jest na karcie z zaleceniami. Możesz też zadzwonić pod główny numer szpitala.
# When the area has told us the service: $service is its name, as the area wrote it.
# Polish: the name is usually in English and cannot be declined, so it stands in
# brackets or after a colon rather than after a preposition.
contact-local-phone = Zadzwoń pod numer { $phone } ({ $service }).
contact-local-other = Skontaktuj się z: { $service }.
contact-local-hours = Telefon jest odbierany: { $hours }
contact-local-website = Ich strona internetowa: { $website }

# A time limit on a step: what it is for, then the limit. $unit is one of hours, days, weeks, months; $from says when the time starts.
# Polish: "w ciągu …" takes the genitive: singular after 1 (and fractions, the
# "other" category), plural after 2, 5, 12, 22 and so on.
timing-clinic-letter = Kiedy list z poradni dociera do Twojego lekarza GP
timing-discharge-summary = Kiedy wypis ze szpitala dociera do Twojego lekarza GP
timing-cancer-diagnosis = Do kiedy NHS stara się powiedzieć Ci, czy to rak, czy nie
timing-cancelled-operation = Kiedy powinien być nowy termin operacji odwołanej w dniu zabiegu
timing-within = W ciągu { $limit } { $unit ->
        [hours] { $limit ->
            [one] godziny
            [few] godzin
            [many] godzin
           *[other] godziny
        }
        [days] { $limit ->
            [one] dnia
            [few] dni
            [many] dni
           *[other] dnia
        }
        [months] { $limit ->
            [one] miesiąca
            [few] miesięcy
            [many] miesięcy
           *[other] miesiąca
        }
       *[weeks] { $limit ->
            [one] tygodnia
            [few] tygodni
            [many] tygodni
           *[other] tygodnia
        }
    } od { $from ->
        [appointment] wizyty w poradni
        [discharge] wyjścia ze szpitala
        [referral] skierowania
       *[cancellation] dnia odwołania
    }.

# A date such as 21 listopada 2026 (month in the genitive).
date = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }

# Details the practice put in the patient's link (after the #). Shown only on the device.
details-title = Twoje dane
details-service = Chodzi o: { $service }
details-expect-by = Wiadomość powinna przyjść najpóźniej { $date }.
details-phone = Jeśli nadal nic nie wiesz albo masz pytanie, zadzwoń pod { $phone }.
details-web = Możesz też wejść na stronę { $web }.
details-broken = Niektórych danych z Twojego linku nie dało się użyć. Reszta tej strony nadal pasuje do Ciebie.

# The Listen button on a journey page (it reads the page aloud).
listen = Posłuchaj tej strony
listen-stop = Zatrzymaj czytanie

# Shown only when the page is printed: a QR code that opens this page again.
print-qr = Zeskanuj ten kod aparatem w telefonie, żeby znowu otworzyć tę stronę.

# Desk mode: a reception screen turned to the patient.
desk-title = Wybierz język
desk-journeys = Wybierz, co pasuje do Ciebie
desk-take-home = Zabierz tę stronę ze sobą: skieruj aparat telefonu na ten kod.
desk-start-again = Zacznij od nowa

# The link maker, for staff at a GP practice or hospital.
make-link-title = Utwórz link dla pacjenta
make-link-intro = Wybierz poradnik i język pacjenta. Możesz dodać dane pacjenta. To, co wpiszesz, zostaje na tym urządzeniu.
make-link-journey = Poradnik
make-link-language = Język pacjenta
make-link-service = Usługa albo poradnia (opcjonalnie)
make-link-start = Data skierowania, badania albo wypisu (opcjonalnie)
make-link-wait = Czas, w jakim pacjent powinien dostać wiadomość (opcjonalnie)
make-link-wait-days = dni
make-link-wait-weeks = tygodnie
make-link-wait-months = miesiące
make-link-phone = Numer telefonu do zespołu (opcjonalnie)
make-link-web = Strona internetowa zespołu (opcjonalnie)
make-link-bad-phone = To nie wygląda na brytyjski numer telefonu, więc nie ma go w linku.
make-link-bad-web = Użyj strony, której adres zaczyna się od https. Tej strony nie ma w linku.
make-link-link = Link
make-link-message = Wiadomość SMS
make-link-characters = Litery i spacje
make-link-segments = Ile SMS-ów to zajmie
make-link-unicode = Ta wiadomość ma litery spoza podstawowego zestawu, więc w jednym SMS-ie mieści się ich mniej.
make-link-copy = Kopiuj
make-link-copied = Skopiowano
make-link-qr = Kod QR dla tego linku
make-link-print = Drukuj
# The text message the patient gets, in their language. $title is the guide's title.
sms-message = { $title }: co dalej i z kim się kontaktować: { $link }
sms-message-short = Co dalej i z kim się kontaktować: { $link }

not-found-title = Nie możemy znaleźć tej strony
not-found-body = Link może być błędny albo stary. Oto wszystkie nasze poradniki. Wybierz ten, który pasuje do Ciebie.
not-found-offline = Ten telefon nie ma teraz internetu, a ta strona nie jest jeszcze na nim zapisana. Otwórz link ponownie, gdy będziesz mieć internet. Poradniki, które już otwierano, nadal działają.

unknown-language = Nie mamy jeszcze tego języka, więc ta strona jest po angielsku.

# The language picker on every page.
language-picker-label = Wybierz język
with-english-link = Przeczytaj ten poradnik z tekstem angielskim pod każdą częścią
# Shown in a language whose translation is a draft, in that language and in English.
translation-draft = To tłumaczenie nie zostało jeszcze sprawdzone. Jeśli coś jest niejasne, poproś o tłumacza. To nic nie kosztuje.
translation-checked = Wykwalifikowani tłumacze sprawdzili to tłumaczenie dnia { $date }. Jeśli coś jest niejasne, poproś o tłumacza. To nic nie kosztuje.

footer-make-link = Dla personelu: utwórz link dla pacjenta
footer-embed = Dla personelu: umieść te poradniki na swojej stronie internetowej
footer-not-nhs = Tego poradnika nie przygotował NHS. Mówi on, jak usługi NHS najczęściej ze sobą współpracują.
footer-privacy = Nic, co tu robisz, nie jest nigdzie wysyłane ani nigdzie zapisywane.

# Shown if the app stops working in the browser. The page's words stay on screen.
panic-title = Przepraszamy, coś poszło nie tak na tej stronie
panic-body = To, co widzisz na tej stronie, nadal jest prawidłowe. Jeśli coś wygląda nie tak, załaduj stronę jeszcze raz.
# Always in English: a link to this page in English.
panic-english = Open this page in English

# Staff: a list of problems in the area's local contact details file (local.json).
make-link-pick-service = Wybierz usługę z listy dla Twojego regionu
make-link-pick-none = Żadna: wpiszę dane ręcznie
config-none = Ta witryna nie ma lokalnych danych kontaktowych, więc przy każdym kroku są ogólne porady. Jak dodać usługi z Twojego regionu, przeczytasz w pliku README.
config-loaded = Ta witryna pokazuje dane kontaktowe dla obszaru { $area }.
config-problems-title = Niektóre lokalne dane kontaktowe trzeba poprawić
config-problems-intro = Nie ma to wpływu na pacjentów: widzą dane z ostatniej dobrej wersji witryny albo ogólne porady. Popraw te błędy, a potem zbuduj witrynę jeszcze raz.
# $field is where the problem is, like services[2].phone.
config-problem-not-json = { $field }: w tym miejscu plik jest źle zapisany. Sprawdź, czy nie brakuje przecinka, cudzysłowu albo nawiasu.
config-problem-unknown-field = { $field }: nie znamy takiego pola. Sprawdź pisownię.
config-problem-missing-field = { $field }: to pole trzeba wypełnić.
config-problem-wrong-type = { $field }: to zły rodzaj wartości, na przykład liczba tam, gdzie powinny być słowa.
config-problem-version = { $field }: tu musi być 1.
config-problem-empty = { $field }: to pole jest puste.
config-problem-too-long = { $field }: to jest za długie. Tekst musi mieć mniej niż 120 liter.
config-problem-hidden-characters = { $field }: są tu ukryte znaki, które mogą zmienić to, jak tekst się czyta. Wpisz go jeszcze raz.
config-problem-bad-id = { $field }: używaj tylko małych liter, cyfr i myślników, na przykład skin-team.
config-problem-duplicate-id = { $field }: dwie usługi mają ten sam id.
config-problem-bad-phone = { $field }: to nie jest brytyjski numer telefonu. Zapisz go tak: 020 7946 0000.
config-problem-not-https = { $field }: adres strony musi zaczynać się od https, a nie od http.
config-problem-bad-website = { $field }: to nie jest adres strony internetowej. Zapisz go tak: https://hospital.example/clinic.
config-problem-unknown-journey = { $field }: nie ma poradnika o tej nazwie.
config-problem-unknown-contact = { $field }: nie znamy takiego rodzaju kontaktu. Znane rodzaje to na przykład hospital-team.
config-problem-unknown-service = { $field }: żadna usługa na liście nie ma takiego id.
config-problem-unknown-language = { $field }: nie mamy tego języka.
config-problem-missing-english = { $field }: tekst musi być podany także po angielsku, jako en-GB.

# Staff: put the guides on a practice's website.
embed-title = Umieść te poradniki na swojej stronie internetowej
embed-intro = Wybierz, co pokazać, a potem skopiuj kod na swoją stronę. Poradniki wyświetlają się wewnątrz Twojej strony. Kod nie wysyła niczego o osobach, które korzystają z Twojej strony.
embed-journey = Poradnik do pokazania
embed-all-guides = Wszystkie poradniki w formie listy
embed-language = Język, w którym się otwiera
embed-accent = Główny kolor Twojej strony internetowej (opcjonalnie)
embed-accent-hint = Sześć liter lub cyfr po znaku #, na przykład #00703c.
embed-accent-bad = To nie jest kod koloru. Zapisz go tak: #00703c.
embed-accent-low-contrast = Ten kolor jest za jasny, żeby dało się go czytać na jasnej stronie. Jego kontrast wynosi { $ratio } do 1, a potrzeba 4.5 do 1. Wybierz ciemniejszy kolor. Do tego czasu poradnik zostaje przy swoim niebieskim kolorze.
embed-list = Pokaż na końcu listę pozostałych poradników
embed-code = Kod dla Twojej strony internetowej
embed-copy = Kopiuj kod
embed-copied = Skopiowano
embed-preview = Jak to będzie wyglądać
embed-hosting = Kod działa na każdej stronie internetowej, na której można dodać ramkę. Nie wymaga konta i nie zapisuje plików cookie.

# At the top of each guide: its steps in order, with who does each (each links to its step).
glance-title = Kroki w skrócie
# A link to the same guide in Easy Read (short sentences, a picture beside each); on the
# home page, to the list of guides in Easy Read.
link-easy-read = Wersja łatwa do czytania
# The same link when this language has no Easy Read yet: it opens the English one.
link-easy-read-english = Wersja łatwa do czytania (po angielsku)
