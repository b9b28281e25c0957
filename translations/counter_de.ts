<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="52" />
            <source>Volgende</source>
            <translation>Nächster</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="52" />
            <source>F1 · spatie</source>
            <translation>F1 · Leertaste</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="53" />
            <source>Opnieuw oproepen</source>
            <translation>Erneut aufrufen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="54" />
            <source>Staat aan mijn loket</source>
            <translation>Ist an meinem Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="55" />
            <source>Niet gekomen</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="56" />
            <source>Doorsturen</source>
            <translation>Weiterleiten</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="57" />
            <source>Even apart</source>
            <translation>Zurückstellen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="58" />
            <source>Klaar</source>
            <translation>Abschließen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="97" />
            <source>{action} kan nu niet: {why}</source>
            <translation>{action} geht jetzt nicht: {why}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="124" />
            <source>er is niemand aan je loket.</source>
            <translation>an Ihrem Schalter ist niemand.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="126" />
            <source>Roep de volgende persoon op.</source>
            <translation>Rufen Sie die nächste Person auf.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="128" />
            <source>Niemand aan je loket</source>
            <translation>Niemand an Ihrem Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="132" />
            <source>Rondt {number} af en roept de volgende op.</source>
            <translation>Schließt {number} ab und ruft die nächste Nummer auf.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="135" />
            <source>Al aan je loket</source>
            <translation>Schon an Ihrem Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="136" />
            <source>{number} is al aan je loket.</source>
            <translation>{number} ist schon an Ihrem Schalter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="144" />
            <source>Kan over %n s</source>
            <translation>
                <numerusform>Möglich in %n s</numerusform>
                <numerusform>Möglich in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="145" />
            <source>wacht nog %n seconden.</source>
            <translation>
                <numerusform>warten Sie noch %n Sekunde.</numerusform>
                <numerusform>warten Sie noch %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="148" />
            <source>Roep {number} nog eens om.</source>
            <translation>Ruft {number} noch einmal auf.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="150" />
            <source>De persoon staat aan je loket.</source>
            <translation>Die Person ist an Ihrem Schalter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="156" />
            <source>Na %n keer oproepen niet gekomen.</source>
            <translation>
                <numerusform>Nach %n Aufruf nicht erschienen.</numerusform>
                <numerusform>Nach %n Aufrufen nicht erschienen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="165" />
            <source>Eerst nog %n keer opnieuw oproepen</source>
            <translation>
                <numerusform>Erst noch einmal aufrufen</numerusform>
                <numerusform>Erst noch %n-mal aufrufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="166" />
            <source>roep eerst nog %n keer opnieuw op.</source>
            <translation>
                <numerusform>rufen Sie erst noch einmal auf.</numerusform>
                <numerusform>rufen Sie erst noch %n-mal auf.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="168" />
            <source>Naar een andere dienst of ander loket.</source>
            <translation>An einen anderen Dienst oder Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="169" />
            <source>De persoon komt zo terug.</source>
            <translation>Die Person kommt gleich zurück.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="170" />
            <source>Rondt {number} af.</source>
            <translation>Schließt {number} ab.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="34" />
            <source>Niet gekomen</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="35" />
            <source>Verplaatsen</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="36" />
            <source>Annuleren</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="37" />
            <source>Bevestiging afdrukken</source>
            <translation>Bestätigung drucken</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="38" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Bestätigung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="65" />
            <source>Geen verbinding met de server: afspraken maken of wijzigen kan niet.</source>
            <translation>Keine Verbindung zum Server: Termine können nicht angelegt oder geändert werden.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="67" />
            <source>Kies een afspraak in de lijst. Dan kan je ze wijzigen of afdrukken.</source>
            <translation>Wählen Sie einen Termin in der Liste. Dann können Sie ihn ändern oder drucken.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="70" />
            <source>'Niet gekomen' kan vanaf {time}.</source>
            <translation>„Nicht erschienen“ ist ab {time} möglich.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="74" />
            <source>{name} is er nog niet. Afspraak om {time}.</source>
            <translation>{name} ist noch nicht da. Termin um {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="78" />
            <source>{name} is aangemeld en staat in de wachtrij.</source>
            <translation>{name} hat sich angemeldet und steht in der Warteschlange.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="80" />
            <source>Deze afspraak staat bij 'Niet gekomen'.</source>
            <translation>Dieser Termin steht bei „Nicht erschienen“.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="81" />
            <source>Deze afspraak is geannuleerd.</source>
            <translation>Dieser Termin wurde abgesagt.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWords</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="50" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="50" />
            <source>dddd d MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="63" />
            <source>Vandaag, {date}</source>
            <translation>Heute, {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="65" />
            <source>Morgen, {date}</source>
            <translation>Morgen, {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="71" />
            <source>{date} om {time}</source>
            <translation>{date} um {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="79" />
            <source>Aangemeld · {number}</source>
            <translation>Angemeldet · {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="80" />
            <source>Aangemeld</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="82" />
            <source>Verwacht</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="83" />
            <source>Te laat</source>
            <translation>Verspätet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="84" />
            <source>Niet gekomen</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="85" />
            <source>Geannuleerd</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="92" />
            <source>Iemand anders nam net dit moment. Kies een ander moment.</source>
            <translation>Jemand anderes hat diesen Zeitpunkt gerade gebucht. Wählen Sie einen anderen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="93" />
            <source>Op dat moment is deze dienst er niet open. Kies opnieuw.</source>
            <translation>Zu diesem Zeitpunkt ist dieser Dienst dort nicht geöffnet. Wählen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="94" />
            <source>Dit moment is al voorbij. Kies een later moment.</source>
            <translation>Dieser Zeitpunkt ist schon vorbei. Wählen Sie einen späteren.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="95" />
            <source>Vul de familienaam in.</source>
            <translation>Geben Sie den Nachnamen ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="97" />
            <source>Een naam of de telefoon of e-mail is te lang. Maak ze korter.</source>
            <translation>Ein Name, das Telefon oder die E-Mail ist zu lang. Kürzen Sie die Angabe.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="100" />
            <source>Dat kan niet meer. Deze afspraak is al aangemeld, geannuleerd of niet gekomen.</source>
            <translation>Das geht nicht mehr. Dieser Termin ist schon angemeldet, abgesagt oder nicht erschienen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="110" />
            <source>Deze afspraak bestaat niet meer. Misschien haalde iemand ze net weg.</source>
            <translation>Diesen Termin gibt es nicht mehr. Vielleicht hat ihn gerade jemand gelöscht.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointment_words.py" line="115" />
            <source>%n minuten</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="126" />
            <source>Bel {phone} of ga naar {website}.</source>
            <translation>Rufen Sie {phone} an oder besuchen Sie {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="128" />
            <source>Bel {phone}.</source>
            <translation>Rufen Sie {phone} an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="130" />
            <source>Ga naar {website}.</source>
            <translation>Besuchen Sie {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="134" />
            <source>Je afspraak</source>
            <translation>Ihr Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="135" />
            <source>Wanneer</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="136" />
            <source>Waar</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="137" />
            <source>Waarvoor</source>
            <translation>Wofür</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="138" />
            <source>Wat breng je mee</source>
            <translation>Bitte mitbringen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="139" />
            <source>Je code</source>
            <translation>Ihr Code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="140" />
            <source>Toon of typ deze code aan de kiosk bij de ingang.</source>
            <translation>Zeigen Sie diesen Code am Automaten am Eingang vor oder tippen Sie ihn ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="141" />
            <source>Kan je niet komen? Bel ons of zeg het aan de balie.</source>
            <translation>Können Sie nicht kommen? Rufen Sie uns an oder sagen Sie es am Empfang.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="74" />
            <location filename="../kiosk/ui/counter/appointments_page.py" line="110" />
            <source>Afspraken vandaag</source>
            <translation>Termine heute</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="89" />
            <source>Mijn loket</source>
            <translation>Mein Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="90" />
            <source>Heel het gebouw</source>
            <translation>Ganzes Gebäude</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="96" />
            <source>Cijfers</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="98" />
            <source>Nieuwe afspraak</source>
            <translation>Neuer Termin</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointments_page.py" line="241" />
            <source>%n nog te komen</source>
            <translation>
                <numerusform>%n steht noch aus</numerusform>
                <numerusform>%n stehen noch aus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="259" />
            <source>Vandaag geen afspraken voor je loket.</source>
            <translation>Heute keine Termine für Ihren Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="261" />
            <source>Vandaag geen afspraken in dit gebouw.</source>
            <translation>Heute keine Termine in diesem Gebäude.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="306" />
            <source>{name} staat bij 'Niet gekomen'.</source>
            <translation>{name} steht bei „Nicht erschienen“.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="316" />
            <source>Afspraak annuleren</source>
            <translation>Termin absagen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="318" />
            <source>De afspraak van {name} om {time} ({service}) annuleren?</source>
            <translation>Den Termin von {name} um {time} ({service}) absagen?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="324" />
            <source>Het moment komt weer vrij voor iemand anders.</source>
            <translation>Der Zeitpunkt wird für jemand anderen wieder frei.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="325" />
            <source>Ja, annuleren</source>
            <translation>Ja, absagen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="326" />
            <source>Nee, behouden</source>
            <translation>Nein, behalten</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="340" />
            <source>De afspraak van {name} is geannuleerd.</source>
            <translation>Der Termin von {name} wurde abgesagt.</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="97" />
            <source>Afspraak verplaatsen</source>
            <translation>Termin verschieben</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="97" />
            <source>Nieuwe afspraak</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="112" />
            <source>{name} · {service} · nu {when}</source>
            <translation>{name} · {service} · jetzt {when}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="118" />
            <source>Kies waarvoor, en een vrij moment.</source>
            <translation>Wählen Sie den Dienst und einen freien Zeitpunkt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="120" />
            <source>Sluiten</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="123" />
            <source>Verplaatsen</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="123" />
            <source>Verder</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="143" />
            <source>Terug</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="145" />
            <source>Afspraak maken</source>
            <translation>Termin buchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="148" />
            <source>Voor wie is de afspraak?</source>
            <translation>Für wen ist der Termin?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="160" />
            <source>Bevestiging afdrukken</source>
            <translation>Bestätigung drucken</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="162" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Bestätigung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="168" />
            <source>Code van de afspraak</source>
            <translation>Termincode</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="184" />
            <source>Geef de bevestiging mee. Met de code meldt de persoon zich straks aan bij de kiosk.</source>
            <translation>Geben Sie die Bestätigung mit. Mit dem Code meldet sich die Person später am Automaten an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="193" />
            <source>Klaar</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="263" />
            <source>{service} · {when} · {branch}</source>
            <translation>{service} · {when} · {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="280" />
            <source>Deze geboortedatum klopt niet. Schrijf ze zo: 02.04.1950.</source>
            <translation>Dieses Geburtsdatum stimmt nicht. Schreiben Sie es so: 02.04.1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="303" />
            <source>De afspraak is verplaatst</source>
            <translation>Der Termin wurde verschoben</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="305" />
            <source>De afspraak staat vast</source>
            <translation>Der Termin steht fest</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="308" />
            <source>{name} · {service}
{when}
{branch}, {counter}</source>
            <translation>{name} · {service}
{when}
{branch}, {counter}</translation>
        </message>
    </context>
    <context>
        <name>ChooseScreen</name>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="121" />
            <source>Kies je loket</source>
            <translation>Wählen Sie Ihren Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="123" />
            <source>Aan welk loket werk je nu? Tik op de kaart, of druk op het nummer.</source>
            <translation>An welchem Schalter arbeiten Sie jetzt? Tippen Sie auf die Karte oder drücken Sie die Nummer.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="41" />
            <source>Loket sluiten</source>
            <translation>Schalter schließen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="42" />
            <source>{number} is nog aan je loket.</source>
            <translation>{number} ist noch an Ihrem Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="44" />
            <source>Rond het bezoek af. Of zet {number} terug in de rij voor een ander loket.</source>
            <translation>Schließen Sie den Besuch ab, oder stellen Sie {number} wieder in die Warteschlange für einen anderen Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="48" />
            <source>Afronden en sluiten</source>
            <translation>Abschließen und Schalter schließen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="49" />
            <source>Terug in de rij en sluiten</source>
            <translation>Zurück in die Warteschlange und schließen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="50" />
            <source>Niet sluiten</source>
            <translation>Nicht schließen</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationOutput</name>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="64" />
            <source>Afspraak {reference}</source>
            <translation>Termin {reference}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="77" />
            <source>afspraak-{reference}.pdf</source>
            <translation>termin-{reference}.pdf</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="81" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Bestätigung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="83" />
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF-Datei (*.pdf)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="100" />
            <source>Deze computer heeft geen printer. Sla de bevestiging op als PDF.</source>
            <translation>Dieser Computer hat keinen Drucker. Speichern Sie die Bestätigung als PDF.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="104" />
            <source>De bevestiging gaat naar de printer {printer}.</source>
            <translation>Die Bestätigung geht an den Drucker {printer}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="111" />
            <source>Afdrukken lukte niet. Kijk de printer na, of sla de bevestiging op als PDF.</source>
            <translation>Drucken ist fehlgeschlagen. Prüfen Sie den Drucker oder speichern Sie die Bestätigung als PDF.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="116" />
            <source>De bevestiging staat in {file}.</source>
            <translation>Die Bestätigung ist in {file}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="120" />
            <source>De bevestiging is niet bewaard. Kies een andere map.</source>
            <translation>Die Bestätigung wurde nicht gespeichert. Wählen Sie einen anderen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>CounterCard</name>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="44" />
            <source>Vrijwilligersbalie</source>
            <translation>Empfang mit Freiwilligen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="46" />
            <source>Loket met medewerker</source>
            <translation>Schalter mit Personal</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="78" />
            <source>Helpt ook bij: {services}</source>
            <translation>Hilft auch bei: {services}</translation>
        </message>
    </context>
    <context>
        <name>CounterLinkBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/link_words.py" line="24" />
            <source>Deze computer heeft een update nodig. Hij en de server spreken een andere versie. Verwittig de beheerder. Tot dan komt je werk niet op de server.</source>
            <translation>Dieser Computer braucht ein Update. Er und der Server haben verschiedene Versionen. Sagen Sie es dem Administrator. Bis dahin kommt Ihre Arbeit nicht beim Server an.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="30" />
            <source>De klok van deze computer loopt %n minuten voor op de server.</source>
            <translation>
                <numerusform>Die Uhr dieses Computers ist %n Minute vor der Uhr des Servers.</numerusform>
                <numerusform>Die Uhr dieses Computers ist %n Minuten vor der Uhr des Servers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="32" />
            <source>De klok van deze computer loopt %n minuten achter op de server.</source>
            <translation>
                <numerusform>Die Uhr dieses Computers ist %n Minute hinter der Uhr des Servers.</numerusform>
                <numerusform>Die Uhr dieses Computers ist %n Minuten hinter der Uhr des Servers.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/link_words.py" line="33" />
            <source>Verwittig de beheerder.</source>
            <translation>Sagen Sie es dem Administrator.</translation>
        </message>
    </context>
    <context>
        <name>CounterScreenshots</name>
        <message>
            <location filename="../kiosk/ui/counter/screenshot_appointments.py" line="150" />
            <source>Marie</source>
            <translation>Marie</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/screenshot_appointments.py" line="151" />
            <source>Verhoeven</source>
            <translation>Verhoeven</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/screenshots.py" line="236" />
            <source>Kiosk aan de ingang</source>
            <translation>Automat am Eingang</translation>
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="71" />
            <location filename="../kiosk/ui/counter/window.py" line="255" />
            <source>Loket - {branch}</source>
            <translation>Schalter - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="131" />
            <source>Loket {n} bestaat hier niet. Kies je loket.</source>
            <translation>Schalter {n} gibt es hier nicht. Wählen Sie Ihren Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="166" />
            <source>Je bent afgemeld. Meld je opnieuw aan.</source>
            <translation>Sie wurden abgemeldet. Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="171" />
            <source>{counter} - {branch}</source>
            <translation>{counter} - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="229" />
            <source>Je bent afgemeld omdat je een tijd niets deed.</source>
            <translation>Sie wurden abgemeldet, weil Sie eine Zeit lang nichts getan haben.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="239" />
            <source>Rond eerst {number} af, of zet het even apart.</source>
            <translation>Schließen Sie zuerst {number} ab oder stellen Sie die Nummer zurück.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="262" />
            <source>Je loket is nu open bij {holder}. Kies je loket opnieuw.</source>
            <translation>Ihr Schalter ist jetzt bei {holder} geöffnet. Wählen Sie Ihren Schalter erneut.</translation>
        </message>
    </context>
    <context>
        <name>CounterWords</name>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="59" />
            <source>Oudere</source>
            <translation>Ältere Person</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="60" />
            <source>Beperking</source>
            <translation>Behinderung</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="61" />
            <source>Zwanger</source>
            <translation>Schwanger</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="62" />
            <source>Personeel</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="69" />
            <source>Voorrang: oudere persoon</source>
            <translation>Vorrang: ältere Person</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="70" />
            <source>Voorrang: persoon met een beperking</source>
            <translation>Vorrang: Person mit Behinderung</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="71" />
            <source>Voorrang: zwangere persoon</source>
            <translation>Vorrang: schwangere Person</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="72" />
            <source>Voorrang: van een medewerker</source>
            <translation>Vorrang: vom Personal gegeben</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="78" />
            <source>Wacht</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="79" />
            <source>Doorgestuurd</source>
            <translation>Weitergeleitet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="80" />
            <source>Opgeroepen</source>
            <translation>Aufgerufen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="81" />
            <source>In behandeling</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="82" />
            <source>Even apart</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="83" />
            <source>Klaar</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="84" />
            <source>Niet gekomen</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="85" />
            <source>Geannuleerd</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="91" />
            <source>Geholpen</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="92" />
            <source>Opvolging nodig</source>
            <translation>Nachbearbeitung nötig</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="93" />
            <source>Doorverwezen</source>
            <translation>Weiterverwiesen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="94" />
            <source>Niet mogelijk</source>
            <translation>Nicht möglich</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="132" />
            <source>Wachtte minder dan 1 minuut</source>
            <translation>Hat weniger als 1 Minute gewartet</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="133" />
            <source>Wachtte %n minuten</source>
            <translation>
                <numerusform>Hat %n Minute gewartet</numerusform>
                <numerusform>Hat %n Minuten gewartet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="138" />
            <source>Nog niet opnieuw opgeroepen</source>
            <translation>Noch nicht erneut aufgerufen</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="139" />
            <source>%n keer opnieuw opgeroepen</source>
            <translation>
                <numerusform>Einmal erneut aufgerufen</numerusform>
                <numerusform>%n-mal erneut aufgerufen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="145" />
            <source>De printer van {device} heeft geen papier meer.</source>
            <translation>Drucker ohne Papier: {device}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="147" />
            <source>De printer van {device} werkt niet.</source>
            <translation>Drucker funktioniert nicht: {device}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="155" />
            <source>Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.</source>
            <translation>
                <numerusform>Rufen Sie die Person zuerst noch einmal auf. Erst dann können Sie „Nicht erschienen“ wählen.</numerusform>
                <numerusform>Rufen Sie die Person zuerst %n-mal erneut auf. Erst dann können Sie „Nicht erschienen“ wählen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="160" />
            <source>Te laat: dit ticket is langer dan %n minuten niet gekomen. Geef een nieuw ticket.</source>
            <translation>
                <numerusform>Zu spät: Dieses Ticket steht seit mehr als %n Minute bei „Nicht erschienen“. Geben Sie ein neues Ticket aus.</numerusform>
                <numerusform>Zu spät: Dieses Ticket steht seit mehr als %n Minuten bei „Nicht erschienen“. Geben Sie ein neues Ticket aus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="164" />
            <source>Wacht nog even voor je opnieuw oproept. Geef de persoon tijd om te komen.</source>
            <translation>Warten Sie kurz, bevor Sie erneut aufrufen. Geben Sie der Person Zeit zu kommen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="166" />
            <source>Dit ticket wacht niet meer. Misschien riep een ander loket het.</source>
            <translation>Dieses Ticket wartet nicht mehr. Vielleicht hat ein anderer Schalter es aufgerufen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="167" />
            <source>Dit ticket is niet bij je loket.</source>
            <translation>Dieses Ticket ist nicht an Ihrem Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="168" />
            <source>Dat kan nu niet. Deze persoon is al bij je of staat apart.</source>
            <translation>Das geht jetzt nicht. Diese Person ist schon bei Ihnen oder zurückgestellt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="169" />
            <source>Dit ticket staat niet apart.</source>
            <translation>Dieses Ticket ist nicht zurückgestellt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="170" />
            <source>Dit ticket staat niet bij 'Niet gekomen'.</source>
            <translation>Dieses Ticket steht nicht bei „Nicht erschienen“.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="171" />
            <source>Je helpt nu iemand. Rond dat eerst af of zet het apart.</source>
            <translation>Sie bedienen gerade jemanden. Schließen Sie das zuerst ab oder stellen Sie es zurück.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="172" />
            <source>Je loket doet deze dienst niet.</source>
            <translation>Ihr Schalter bietet diesen Dienst nicht an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="173" />
            <source>Dit ticket is al afgerond.</source>
            <translation>Dieses Ticket ist schon abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="182" />
            <source>Dit loket is al open bij {holder}. Kies een ander loket.</source>
            <translation>Dieser Schalter ist bereits bei {holder} geöffnet. Wählen Sie einen anderen Schalter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="186" />
            <source>Iemand anders was je net voor. Probeer het opnieuw.</source>
            <translation>Jemand anderes war gerade schneller. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="188" />
            <source>Dit ticket of loket bestaat niet meer.</source>
            <translation>Dieses Ticket oder dieser Schalter existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="190" />
            <source>Je bent afgemeld. Meld je opnieuw aan.</source>
            <translation>Sie wurden abgemeldet. Melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="192" />
            <source>Geen verbinding met de server. Dit lukt pas als de verbinding terug is.</source>
            <translation>Keine Verbindung zum Server. Das geht erst, wenn die Verbindung wieder da ist.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="194" />
            <source>De gegevens zijn even niet bereikbaar. Probeer het zo opnieuw.</source>
            <translation>Die Daten sind gerade nicht erreichbar. Versuchen Sie es gleich erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="196" />
            <source>De gegevens zijn niet bewaard. Probeer het opnieuw.</source>
            <translation>Die Daten wurden nicht gespeichert. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="198" />
            <location filename="../kiosk/ui/counter/words.py" line="212" />
            <source>Er ging iets mis. Probeer het opnieuw.</source>
            <translation>Etwas ist schiefgelaufen. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="205" />
            <source>Met dit account kan je niet aan een loket werken.</source>
            <translation>Mit diesem Konto können Sie nicht an einem Schalter arbeiten.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="207" />
            <source>Te veel foute pogingen. Wacht 10 minuten en probeer het dan opnieuw.</source>
            <translation>Zu viele falsche Versuche. Warten Sie 10 Minuten und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="208" />
            <source>Je gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.</source>
            <translation>Benutzername oder Passwort ist falsch. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="210" />
            <source>Geen verbinding met de server. Aanmelden lukt pas als de verbinding terug is.</source>
            <translation>Keine Verbindung zum Server. Anmelden geht erst, wenn die Verbindung wieder da ist.</translation>
        </message>
    </context>
    <context>
        <name>CurrentPanel</name>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="61" />
            <source>Aan je loket</source>
            <translation>An Ihrem Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="68" />
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="97" />
            <source>Komt van een ander loket</source>
            <translation>Kommt von einem anderen Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="125" />
            <source>Niemand aan je loket</source>
            <translation>Niemand an Ihrem Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="143" />
            <source>Afloop van dit bezoek:</source>
            <translation>Ergebnis dieses Besuchs:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="196" />
            <source>Er wacht niemand voor je loket.</source>
            <translation>Für Ihren Schalter wartet niemand.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/current_panel.py" line="199" />
            <source>Er wachten %n mensen. Druk op Volgende (F1 of spatie).</source>
            <translation>
                <numerusform>%n Person wartet. Drücken Sie auf „Nächster“ (F1 oder Leertaste).</numerusform>
                <numerusform>%n Personen warten. Drücken Sie auf „Nächster“ (F1 oder Leertaste).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="229" />
            <source>Met afspraak om {time}</source>
            <translation>Mit Termin um {time}</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="67" />
            <source>Tijd</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="68" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="69" />
            <source>Dienst</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="71" />
            <source>Loket</source>
            <translation>Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="72" />
            <source>Telefoon of e-mail</source>
            <translation>Telefon oder E-Mail</translation>
        </message>
    </context>
    <context>
        <name>FigureModel</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="250" />
            <source>Dienst</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="251" />
            <source>Niet gekomen</source>
            <translation>Nicht erschienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="252" />
            <source>Afspraken</source>
            <translation>Termine</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="253" />
            <source>Aandeel</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="270" />
            <source>{share} %</source>
            <translation>{share} %</translation>
        </message>
    </context>
    <context>
        <name>FiguresDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="37" />
            <source>Niet gekomen per dienst</source>
            <translation>Nicht erschienen je Dienst</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="48" />
            <source>Afspraken van de laatste %n dagen: van {first} tot en met {last}.</source>
            <translation>
                <numerusform>Termine des letzten Tages: {first} bis einschließlich {last}.</numerusform>
                <numerusform>Termine der letzten %n Tage: {first} bis einschließlich {last}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="56" />
            <source>Dit gebouw: {branch}</source>
            <translation>Dieses Gebäude: {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="58" />
            <source>Alle gebouwen</source>
            <translation>Alle Gebäude</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="81" />
            <source>Afgezegde afspraken tellen niet mee. Aandeel: het deel van de afspraken van die dienst waarvoor niemand kwam.</source>
            <translation>Abgesagte Termine zählen nicht. Anteil: der Teil der Termine dieses Dienstes, zu denen niemand kam.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="87" />
            <source>Sluiten</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="125" />
            <source>Cijfers lezen…</source>
            <translation>Zahlen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="138" />
            <source>Geen afspraken in deze periode.</source>
            <translation>Keine Termine in diesem Zeitraum.</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="50" />
            <source>Vrijwilligersbalie · {branch}</source>
            <translation>Empfang mit Freiwilligen · {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="63" />
            <source>Wachtrij</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="63" />
            <source>Afspraken</source>
            <translation>Termine</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="69" />
            <source>Wisselen met F9</source>
            <translation>Wechseln mit F9</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="76" />
            <source>Ik hielp %n mensen</source>
            <translation>
                <numerusform>Ich habe %n Person bedient</numerusform>
                <numerusform>Ich habe %n Personen bedient</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="77" />
            <source>%n wachten in totaal</source>
            <translation>
                <numerusform>%n wartet insgesamt</numerusform>
                <numerusform>%n warten insgesamt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="78" />
            <source>%n niet gekomen</source>
            <translation>
                <numerusform>%n nicht erschienen</numerusform>
                <numerusform>%n nicht erschienen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="82" />
            <source>Ander loket</source>
            <translation>Anderer Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="85" />
            <source>Ander loket kiezen</source>
            <translation>Anderen Schalter wählen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="91" />
            <location filename="../kiosk/ui/counter/header.py" line="94" />
            <source>Afmelden</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="120" />
            <source>Aangemeld: {name}</source>
            <translation>Angemeldet: {name}</translation>
        </message>
    </context>
    <context>
        <name>HelpBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="124" />
            <source>Ik kom</source>
            <translation>Ich komme</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="125" />
            <source>Ik kom naar {device}</source>
            <translation>Ich komme zu {device}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="170" />
            <source>Iemand aan de kiosk vraagt hulp: {device}, sinds {time}.</source>
            <translation>Jemand am Automaten bittet um Hilfe: {device}, seit {time}.</translation>
        </message>
    </context>
    <context>
        <name>NoShowModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Dienst</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Om</source>
            <translation>Um</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Terug kan nog</source>
            <translation>Rückkehr möglich</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="247" />
            <source>Te laat</source>
            <translation>Zu spät</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="248" />
            <source>Nog %n min</source>
            <translation>
                <numerusform>Noch %n Min.</numerusform>
                <numerusform>Noch %n Min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/widgets.py" line="175" />
            <source>Geen verbinding met de server. Je kan nu niemand oproepen en geen bezoek afronden. De wachtrij hieronder is de laatste stand die we kennen. De kiosk geeft wel nog tickets. Zodra de verbinding terug is, werk je gewoon verder.</source>
            <translation>Keine Verbindung zum Server. Sie können jetzt niemanden aufrufen und keinen Besuch abschließen. Die Warteschlange unten ist der letzte bekannte Stand. Der Automat gibt weiterhin Tickets aus. Sobald die Verbindung wieder da ist, arbeiten Sie normal weiter.</translation>
        </message>
    </context>
    <context>
        <name>ParkedModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Dienst</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Apart sinds</source>
            <translation>Seit</translation>
        </message>
    </context>
    <context>
        <name>PriorityButton</name>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="25" />
            <source>Voorrang…</source>
            <translation>Vorrang…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="26" />
            <source>Voorrang geven</source>
            <translation>Vorrang geben</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="27" />
            <source>Geef de gekozen persoon voorrang, of neem die weg.</source>
            <translation>Geben Sie der gewählten Person Vorrang oder entziehen Sie ihn.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="43" />
            <source>Geen voorrang</source>
            <translation>Kein Vorrang</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="91" />
            <source>Wachtrij voor je loket</source>
            <translation>Warteschlange für Ihren Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="93" />
            <source>Roep deze op (F8)</source>
            <translation>Diese aufrufen (F8)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="94" />
            <source>Niemand wacht voor je loket.</source>
            <translation>Für Ihren Schalter wartet niemand.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="108" />
            <source>Even apart</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="110" />
            <source>Verder helpen</source>
            <translation>Weiter bedienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="111" />
            <source>Niemand staat apart.</source>
            <translation>Niemand ist zurückgestellt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="117" />
            <source>Niet gekomen vandaag</source>
            <translation>Heute nicht erschienen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="119" />
            <source>Terug in de rij</source>
            <translation>Wieder einreihen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="120" />
            <source>Vandaag nog niemand.</source>
            <translation>Heute noch niemand.</translation>
        </message>
    </context>
    <context>
        <name>QueueSteps</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/queue_steps.py" line="81" />
            <source>{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.</source>
            <translation>
                <numerusform>{number} steht bei „Nicht erschienen“. Wieder einreihen ist noch %n Min. möglich.</numerusform>
                <numerusform>{number} steht bei „Nicht erschienen“. Wieder einreihen ist noch %n Min. möglich.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="90" />
            <source>{number} staat even apart. Je kan iemand anders oproepen.</source>
            <translation>{number} ist zurückgestellt. Sie können jemand anderen aufrufen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="97" />
            <source>{number} is klaar: {outcome}.</source>
            <translation>{number} ist abgeschlossen: {outcome}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="107" />
            <source>Er wacht niemand voor je loket.</source>
            <translation>Für Ihren Schalter wartet niemand.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="114" />
            <source>Kies eerst een nummer in de wachtrij.</source>
            <translation>Wählen Sie zuerst eine Nummer in der Warteschlange.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="146" />
            <source>{number} staat terug in de rij, op de oude plaats.</source>
            <translation>{number} ist wieder in der Warteschlange, am alten Platz.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="169" />
            <source>{number} gaat nu naar {service}.</source>
            <translation>{number} geht jetzt zu {service}.</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="45" />
            <location filename="../kiosk/ui/counter/resident_form.py" line="54" />
            <source>Voornaam</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="46" />
            <source>Familienaam</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="47" />
            <location filename="../kiosk/ui/counter/resident_form.py" line="56" />
            <source>Telefoon of e-mail</source>
            <translation>Telefon oder E-Mail</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="48" />
            <source>Geboortedatum, bv. 02.04.1950</source>
            <translation>Geburtsdatum, z. B. 02.04.1950</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="55" />
            <source>Familienaam (nodig)</source>
            <translation>Nachname (Pflicht)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="57" />
            <source>Geboortedatum</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="66" />
            <source>Alleen de naam is nodig. Vul je de geboortedatum in? Dan kan de persoon zich zonder code aanmelden.</source>
            <translation>Nur der Name ist nötig. Mit dem Geburtsdatum kann sich die Person ohne Code anmelden.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="32" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="43" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="44" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="85" />
            <source>Aanmelden</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="34" />
            <source>Meld je aan om aan het loket te werken.</source>
            <translation>Melden Sie sich an, um am Schalter zu arbeiten.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="37" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="38" />
            <source>Gebruikersnaam</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="40" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="41" />
            <source>Wachtwoord</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="77" />
            <source>Vul je gebruikersnaam en je wachtwoord in.</source>
            <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="85" />
            <source>Even geduld...</source>
            <translation>Einen Moment...</translation>
        </message>
    </context>
    <context>
        <name>SlotModel</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="214" />
            <source>{time} · {branch}, {counter}</source>
            <translation>{time} · {branch}, {counter}</translation>
        </message>
    </context>
    <context>
        <name>SlotPicker</name>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="107" />
            <source>Dienst</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="111" />
            <source>Waarvoor?</source>
            <translation>Wofür?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="124" />
            <source>Zo snel mogelijk</source>
            <translation>So bald wie möglich</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="127" />
            <location filename="../kiosk/ui/counter/slot_picker.py" line="232" />
            <source>Later, vanaf een dag…</source>
            <translation>Später, ab einem bestimmten Tag…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="154" />
            <source>Vrije momenten</source>
            <translation>Freie Zeiten</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="160" />
            <source>Waar?</source>
            <translation>Wo?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="162" />
            <source>Vanaf wanneer?</source>
            <translation>Ab wann?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="165" />
            <source>Eerstvolgende vrije momenten</source>
            <translation>Nächste freie Zeiten</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="178" />
            <source>Kies eerst waarvoor de afspraak is.</source>
            <translation>Wählen Sie zuerst, wofür der Termin ist.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="236" />
            <source>Vanaf {date}</source>
            <translation>Ab {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="250" />
            <source>Alle gebouwen</source>
            <translation>Alle Gebäude</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="277" />
            <source>Geen enkel gebouw doet deze dienst op afspraak.</source>
            <translation>Kein Gebäude bietet diesen Dienst mit Termin an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="282" />
            <source>Vrije momenten zoeken…</source>
            <translation>Freie Zeiten werden gesucht…</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/slot_picker.py" line="298" />
            <source>Geen vrij moment in de komende %n dagen. Kies een ander gebouw.</source>
            <translation>
                <numerusform>Kein freier Zeitpunkt am nächsten Tag. Wählen Sie ein anderes Gebäude.</numerusform>
                <numerusform>Kein freier Zeitpunkt in den nächsten %n Tagen. Wählen Sie ein anderes Gebäude.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="53" />
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="93" />
            <source>Doorsturen</source>
            <translation>Weiterleiten</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="60" />
            <source>{number} doorsturen</source>
            <translation>{number} weiterleiten</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="62" />
            <source>Kies de dienst. De persoon houdt zijn plaats in de rij.</source>
            <translation>Wählen Sie den Dienst. Die Person behält ihren Platz in der Warteschlange.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="65" />
            <source>Naar welke dienst?</source>
            <translation>An welchen Dienst?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="74" />
            <source>{name} (nu)</source>
            <translation>{name} (jetzt)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="83" />
            <source>Naar welk loket?</source>
            <translation>An welchen Schalter?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="85" />
            <source>Kies eerst een dienst.</source>
            <translation>Wählen Sie zuerst einen Dienst.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="99" />
            <source>Annuleren</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="145" />
            <source>Elk loket dat dit doet</source>
            <translation>Jeder passende Schalter</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="147" />
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="148" />
            <source>Dienst</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="149" />
            <source>Wacht</source>
            <translation>Wartezeit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="150" />
            <source>Voorrang</source>
            <translation>Vorrang</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="151" />
            <location filename="../kiosk/ui/counter/models.py" line="175" />
            <source>Doorgestuurd</source>
            <translation>Weitergeleitet</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="162" />
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="167" />
            <source>Afspraak {time}</source>
            <translation>Termin {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="174" />
            <source>Naar jou</source>
            <translation>Für Sie</translation>
        </message>
    </context>
</TS>
