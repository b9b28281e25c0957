<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>ActionBar</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="144" />
            <source>Kan over %n s</source>
            <translation>
                <numerusform>Kan over %n s</numerusform>
                <numerusform>Kan over %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="145" />
            <source>wacht nog %n seconden.</source>
            <translation>
                <numerusform>wacht nog %n seconde.</numerusform>
                <numerusform>wacht nog %n seconden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="156" />
            <source>Na %n keer oproepen niet gekomen.</source>
            <translation>
                <numerusform>Na %n keer oproepen niet gekomen.</numerusform>
                <numerusform>Na %n keer oproepen niet gekomen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="165" />
            <source>Eerst nog %n keer opnieuw oproepen</source>
            <translation>
                <numerusform>Eerst nog %n keer opnieuw oproepen</numerusform>
                <numerusform>Eerst nog %n keer opnieuw oproepen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="166" />
            <source>roep eerst nog %n keer opnieuw op.</source>
            <translation>
                <numerusform>roep eerst nog %n keer opnieuw op.</numerusform>
                <numerusform>roep eerst nog %n keer opnieuw op.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppointmentWords</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointment_words.py" line="115" />
            <source>%n minuten</source>
            <translation>
                <numerusform>%n minuut</numerusform>
                <numerusform>%n minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointments_page.py" line="241" />
            <source>%n nog te komen</source>
            <translation>
                <numerusform>%n nog te komen</numerusform>
                <numerusform>%n nog te komen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CounterLinkBanner</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="30" />
            <source>De klok van deze computer loopt %n minuten voor op de server.</source>
            <translation>
                <numerusform>De klok van deze computer loopt %n minuut voor op de server.</numerusform>
                <numerusform>De klok van deze computer loopt %n minuten voor op de server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="32" />
            <source>De klok van deze computer loopt %n minuten achter op de server.</source>
            <translation>
                <numerusform>De klok van deze computer loopt %n minuut achter op de server.</numerusform>
                <numerusform>De klok van deze computer loopt %n minuten achter op de server.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CounterWords</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="133" />
            <source>Wachtte %n minuten</source>
            <translation>
                <numerusform>Wachtte %n minuut</numerusform>
                <numerusform>Wachtte %n minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="139" />
            <source>%n keer opnieuw opgeroepen</source>
            <translation>
                <numerusform>%n keer opnieuw opgeroepen</numerusform>
                <numerusform>%n keer opnieuw opgeroepen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="155" />
            <source>Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.</source>
            <translation>
                <numerusform>Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.</numerusform>
                <numerusform>Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="160" />
            <source>Te laat: dit ticket is langer dan %n minuten niet gekomen. Geef een nieuw ticket.</source>
            <translation>
                <numerusform>Te laat: dit ticket is langer dan %n minuut niet gekomen. Geef een nieuw ticket.</numerusform>
                <numerusform>Te laat: dit ticket is langer dan %n minuten niet gekomen. Geef een nieuw ticket.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CurrentPanel</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/current_panel.py" line="199" />
            <source>Er wachten %n mensen. Druk op Volgende (F1 of spatie).</source>
            <translation>
                <numerusform>Er wacht %n persoon. Druk op Volgende (F1 of spatie).</numerusform>
                <numerusform>Er wachten %n mensen. Druk op Volgende (F1 of spatie).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FiguresDialog</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="48" />
            <source>Afspraken van de laatste %n dagen: van {first} tot en met {last}.</source>
            <translation>
                <numerusform>Afspraken van de laatste %n dag: van {first} tot en met {last}.</numerusform>
                <numerusform>Afspraken van de laatste %n dagen: van {first} tot en met {last}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="76" />
            <source>Ik hielp %n mensen</source>
            <translation>
                <numerusform>Ik hielp %n persoon</numerusform>
                <numerusform>Ik hielp %n mensen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="77" />
            <source>%n wachten in totaal</source>
            <translation>
                <numerusform>%n wacht in totaal</numerusform>
                <numerusform>%n wachten in totaal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="78" />
            <source>%n niet gekomen</source>
            <translation>
                <numerusform>%n niet gekomen</numerusform>
                <numerusform>%n niet gekomen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoShowModel</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="248" />
            <source>Nog %n min</source>
            <translation>
                <numerusform>Nog %n min</numerusform>
                <numerusform>Nog %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueSteps</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/queue_steps.py" line="81" />
            <source>{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.</source>
            <translation>
                <numerusform>{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.</numerusform>
                <numerusform>{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlotPicker</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/slot_picker.py" line="298" />
            <source>Geen vrij moment in de komende %n dagen. Kies een ander gebouw.</source>
            <translation>
                <numerusform>Geen vrij moment in de komende %n dag. Kies een ander gebouw.</numerusform>
                <numerusform>Geen vrij moment in de komende %n dagen. Kies een ander gebouw.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="162" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
</TS>
