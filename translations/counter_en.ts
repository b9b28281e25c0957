<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="52" />
            <source>Volgende</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="52" />
            <source>F1 · spatie</source>
            <translation>F1 · space</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="53" />
            <source>Opnieuw oproepen</source>
            <translation>Call again</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="54" />
            <source>Staat aan mijn loket</source>
            <translation>Is at my counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="55" />
            <source>Niet gekomen</source>
            <translation>No-show</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="56" />
            <source>Doorsturen</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="57" />
            <source>Even apart</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="58" />
            <source>Klaar</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="97" />
            <source>{action} kan nu niet: {why}</source>
            <translation>{action} is not possible now: {why}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="124" />
            <source>er is niemand aan je loket.</source>
            <translation>nobody is at your counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="126" />
            <source>Roep de volgende persoon op.</source>
            <translation>Call the next person.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="128" />
            <source>Niemand aan je loket</source>
            <translation>Nobody at your counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="132" />
            <source>Rondt {number} af en roept de volgende op.</source>
            <translation>Finishes {number} and calls the next person.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="135" />
            <source>Al aan je loket</source>
            <translation>Already at your counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="136" />
            <source>{number} is al aan je loket.</source>
            <translation>{number} is already at your counter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="144" />
            <source>Kan over %n s</source>
            <translation>
                <numerusform>Possible in %n s</numerusform>
                <numerusform>Possible in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="145" />
            <source>wacht nog %n seconden.</source>
            <translation>
                <numerusform>wait %n more second.</numerusform>
                <numerusform>wait %n more seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="148" />
            <source>Roep {number} nog eens om.</source>
            <translation>Calls {number} once more.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="150" />
            <source>De persoon staat aan je loket.</source>
            <translation>The person is at your counter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="156" />
            <source>Na %n keer oproepen niet gekomen.</source>
            <translation>
                <numerusform>Did not come after %n call.</numerusform>
                <numerusform>Did not come after %n calls.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="165" />
            <source>Eerst nog %n keer opnieuw oproepen</source>
            <translation>
                <numerusform>Call once more first</numerusform>
                <numerusform>Call %n more times first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="166" />
            <source>roep eerst nog %n keer opnieuw op.</source>
            <translation>
                <numerusform>call them once more first.</numerusform>
                <numerusform>call them %n more times first.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="168" />
            <source>Naar een andere dienst of ander loket.</source>
            <translation>To another service or counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="169" />
            <source>De persoon komt zo terug.</source>
            <translation>The person will be back shortly.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="170" />
            <source>Rondt {number} af.</source>
            <translation>Finishes {number}.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="34" />
            <source>Niet gekomen</source>
            <translation>No-show</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="35" />
            <source>Verplaatsen</source>
            <translation>Move</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="36" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="37" />
            <source>Bevestiging afdrukken</source>
            <translation>Print confirmation</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="38" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Save confirmation as PDF</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="65" />
            <source>Geen verbinding met de server: afspraken maken of wijzigen kan niet.</source>
            <translation>No connection to the server: appointments cannot be made or changed.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="67" />
            <source>Kies een afspraak in de lijst. Dan kan je ze wijzigen of afdrukken.</source>
            <translation>Choose an appointment in the list. Then you can change or print it.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="70" />
            <source>'Niet gekomen' kan vanaf {time}.</source>
            <translation>'No-show' is possible from {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="74" />
            <source>{name} is er nog niet. Afspraak om {time}.</source>
            <translation>{name} has not arrived yet. Appointment at {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="78" />
            <source>{name} is aangemeld en staat in de wachtrij.</source>
            <translation>{name} has checked in and is in the queue.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="80" />
            <source>Deze afspraak staat bij 'Niet gekomen'.</source>
            <translation>This appointment is marked 'No-show'.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="81" />
            <source>Deze afspraak is geannuleerd.</source>
            <translation>This appointment has been cancelled.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentWords</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="50" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="50" />
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="63" />
            <source>Vandaag, {date}</source>
            <translation>Today, {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="65" />
            <source>Morgen, {date}</source>
            <translation>Tomorrow, {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="71" />
            <source>{date} om {time}</source>
            <translation>{date} at {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="79" />
            <source>Aangemeld · {number}</source>
            <translation>Checked in · {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="80" />
            <source>Aangemeld</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="82" />
            <source>Verwacht</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="83" />
            <source>Te laat</source>
            <translation>Too late</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="84" />
            <source>Niet gekomen</source>
            <translation>No-show</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="85" />
            <source>Geannuleerd</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="92" />
            <source>Iemand anders nam net dit moment. Kies een ander moment.</source>
            <translation>Someone else has just taken this slot. Choose another one.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="93" />
            <source>Op dat moment is deze dienst er niet open. Kies opnieuw.</source>
            <translation>This service is not open there at that time. Choose again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="94" />
            <source>Dit moment is al voorbij. Kies een later moment.</source>
            <translation>This time has already passed. Choose a later slot.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="95" />
            <source>Vul de familienaam in.</source>
            <translation>Enter the family name.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="97" />
            <source>Een naam of de telefoon of e-mail is te lang. Maak ze korter.</source>
            <translation>A name, the phone or the email is too long. Make it shorter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="100" />
            <source>Dat kan niet meer. Deze afspraak is al aangemeld, geannuleerd of niet gekomen.</source>
            <translation>That is no longer possible. This appointment is already checked in, cancelled or a no-show.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="110" />
            <source>Deze afspraak bestaat niet meer. Misschien haalde iemand ze net weg.</source>
            <translation>This appointment no longer exists. Someone may have just deleted it.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointment_words.py" line="115" />
            <source>%n minuten</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="126" />
            <source>Bel {phone} of ga naar {website}.</source>
            <translation>Call {phone} or go to {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="128" />
            <source>Bel {phone}.</source>
            <translation>Call {phone}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="130" />
            <source>Ga naar {website}.</source>
            <translation>Go to {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="134" />
            <source>Je afspraak</source>
            <translation>Your appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="135" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="136" />
            <source>Waar</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="137" />
            <source>Waarvoor</source>
            <translation>What for</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="138" />
            <source>Wat breng je mee</source>
            <translation>What to bring</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="139" />
            <source>Je code</source>
            <translation>Your code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="140" />
            <source>Toon of typ deze code aan de kiosk bij de ingang.</source>
            <translation>Show or type this code at the kiosk at the entrance.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="141" />
            <source>Kan je niet komen? Bel ons of zeg het aan de balie.</source>
            <translation>Can't come? Call us or tell us at the desk.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="74" />
            <location filename="../kiosk/ui/counter/appointments_page.py" line="110" />
            <source>Afspraken vandaag</source>
            <translation>Today's appointments</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="89" />
            <source>Mijn loket</source>
            <translation>My counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="90" />
            <source>Heel het gebouw</source>
            <translation>Whole building</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="96" />
            <source>Cijfers</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="98" />
            <source>Nieuwe afspraak</source>
            <translation>New appointment</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointments_page.py" line="241" />
            <source>%n nog te komen</source>
            <translation>
                <numerusform>%n still to come</numerusform>
                <numerusform>%n still to come</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="259" />
            <source>Vandaag geen afspraken voor je loket.</source>
            <translation>No appointments for your counter today.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="261" />
            <source>Vandaag geen afspraken in dit gebouw.</source>
            <translation>No appointments in this building today.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="306" />
            <source>{name} staat bij 'Niet gekomen'.</source>
            <translation>{name} is marked 'No-show'.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="316" />
            <source>Afspraak annuleren</source>
            <translation>Cancel appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="318" />
            <source>De afspraak van {name} om {time} ({service}) annuleren?</source>
            <translation>Cancel the appointment for {name} at {time} ({service})?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="324" />
            <source>Het moment komt weer vrij voor iemand anders.</source>
            <translation>The slot becomes free for someone else.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="325" />
            <source>Ja, annuleren</source>
            <translation>Yes, cancel</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="326" />
            <source>Nee, behouden</source>
            <translation>No, keep it</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="340" />
            <source>De afspraak van {name} is geannuleerd.</source>
            <translation>The appointment for {name} has been cancelled.</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="97" />
            <source>Afspraak verplaatsen</source>
            <translation>Move appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="97" />
            <source>Nieuwe afspraak</source>
            <translation>New appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="112" />
            <source>{name} · {service} · nu {when}</source>
            <translation>{name} · {service} · now {when}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="118" />
            <source>Kies waarvoor, en een vrij moment.</source>
            <translation>Choose the service and a free slot.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="120" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="123" />
            <source>Verplaatsen</source>
            <translation>Move</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="123" />
            <source>Verder</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="143" />
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="145" />
            <source>Afspraak maken</source>
            <translation>Book appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="148" />
            <source>Voor wie is de afspraak?</source>
            <translation>Who is the appointment for?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="160" />
            <source>Bevestiging afdrukken</source>
            <translation>Print confirmation</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="162" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Save confirmation as PDF</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="168" />
            <source>Code van de afspraak</source>
            <translation>Appointment code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="184" />
            <source>Geef de bevestiging mee. Met de code meldt de persoon zich straks aan bij de kiosk.</source>
            <translation>Hand over the confirmation. With the code, the person checks in at the kiosk later.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="193" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="263" />
            <source>{service} · {when} · {branch}</source>
            <translation>{service} · {when} · {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="280" />
            <source>Deze geboortedatum klopt niet. Schrijf ze zo: 02.04.1950.</source>
            <translation>This date of birth is not valid. Write it like this: 02.04.1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="303" />
            <source>De afspraak is verplaatst</source>
            <translation>The appointment has been moved</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="305" />
            <source>De afspraak staat vast</source>
            <translation>The appointment is booked</translation>
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
            <translation>Choose your counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="123" />
            <source>Aan welk loket werk je nu? Tik op de kaart, of druk op het nummer.</source>
            <translation>Which counter are you working at now? Tap the card or press its number.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="41" />
            <source>Loket sluiten</source>
            <translation>Close the counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="42" />
            <source>{number} is nog aan je loket.</source>
            <translation>{number} is still at your counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="44" />
            <source>Rond het bezoek af. Of zet {number} terug in de rij voor een ander loket.</source>
            <translation>Finish the visit, or put {number} back in line for another counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="48" />
            <source>Afronden en sluiten</source>
            <translation>Finish and close</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="49" />
            <source>Terug in de rij en sluiten</source>
            <translation>Back in line and close</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="50" />
            <source>Niet sluiten</source>
            <translation>Don't close</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationOutput</name>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="64" />
            <source>Afspraak {reference}</source>
            <translation>Appointment {reference}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="77" />
            <source>afspraak-{reference}.pdf</source>
            <translation>appointment-{reference}.pdf</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="81" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Save confirmation as PDF</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="83" />
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="100" />
            <source>Deze computer heeft geen printer. Sla de bevestiging op als PDF.</source>
            <translation>This computer has no printer. Save the confirmation as PDF.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="104" />
            <source>De bevestiging gaat naar de printer {printer}.</source>
            <translation>The confirmation is going to the printer {printer}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="111" />
            <source>Afdrukken lukte niet. Kijk de printer na, of sla de bevestiging op als PDF.</source>
            <translation>Printing failed. Check the printer or save the confirmation as PDF.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="116" />
            <source>De bevestiging staat in {file}.</source>
            <translation>The confirmation is in {file}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="120" />
            <source>De bevestiging is niet bewaard. Kies een andere map.</source>
            <translation>The confirmation was not saved. Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>CounterCard</name>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="44" />
            <source>Vrijwilligersbalie</source>
            <translation>Volunteer desk</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="46" />
            <source>Loket met medewerker</source>
            <translation>Staffed counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="78" />
            <source>Helpt ook bij: {services}</source>
            <translation>Also helps with: {services}</translation>
        </message>
    </context>
    <context>
        <name>CounterLinkBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/link_words.py" line="24" />
            <source>Deze computer heeft een update nodig. Hij en de server spreken een andere versie. Verwittig de beheerder. Tot dan komt je werk niet op de server.</source>
            <translation>This computer needs an update. It and the server have different versions. Tell the administrator. Until then, your work does not reach the server.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="30" />
            <source>De klok van deze computer loopt %n minuten voor op de server.</source>
            <translation>
                <numerusform>This computer's clock is %n minute ahead of the server.</numerusform>
                <numerusform>This computer's clock is %n minutes ahead of the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="32" />
            <source>De klok van deze computer loopt %n minuten achter op de server.</source>
            <translation>
                <numerusform>This computer's clock is %n minute behind the server.</numerusform>
                <numerusform>This computer's clock is %n minutes behind the server.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/link_words.py" line="33" />
            <source>Verwittig de beheerder.</source>
            <translation>Tell the administrator.</translation>
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
            <translation>Kiosk at the entrance</translation>
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="71" />
            <location filename="../kiosk/ui/counter/window.py" line="255" />
            <source>Loket - {branch}</source>
            <translation>Counter - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="131" />
            <source>Loket {n} bestaat hier niet. Kies je loket.</source>
            <translation>Counter {n} does not exist here. Choose your counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="166" />
            <source>Je bent afgemeld. Meld je opnieuw aan.</source>
            <translation>You have been signed out. Please sign in again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="171" />
            <source>{counter} - {branch}</source>
            <translation>{counter} - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="229" />
            <source>Je bent afgemeld omdat je een tijd niets deed.</source>
            <translation>You were signed out after a period of inactivity.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="239" />
            <source>Rond eerst {number} af, of zet het even apart.</source>
            <translation>First finish {number}, or set it aside.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="262" />
            <source>Je loket is nu open bij {holder}. Kies je loket opnieuw.</source>
            <translation>Your counter is now open at {holder}. Choose your counter again.</translation>
        </message>
    </context>
    <context>
        <name>CounterWords</name>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="59" />
            <source>Oudere</source>
            <translation>Elderly</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="60" />
            <source>Beperking</source>
            <translation>Disability</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="61" />
            <source>Zwanger</source>
            <translation>Pregnant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="62" />
            <source>Personeel</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="69" />
            <source>Voorrang: oudere persoon</source>
            <translation>Priority: older person</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="70" />
            <source>Voorrang: persoon met een beperking</source>
            <translation>Priority: person with a disability</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="71" />
            <source>Voorrang: zwangere persoon</source>
            <translation>Priority: pregnant person</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="72" />
            <source>Voorrang: van een medewerker</source>
            <translation>Priority: given by staff</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="78" />
            <source>Wacht</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="79" />
            <source>Doorgestuurd</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="80" />
            <source>Opgeroepen</source>
            <translation>Called</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="81" />
            <source>In behandeling</source>
            <translation>Being served</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="82" />
            <source>Even apart</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="83" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="84" />
            <source>Niet gekomen</source>
            <translation>No-show</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="85" />
            <source>Geannuleerd</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="91" />
            <source>Geholpen</source>
            <translation>Helped</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="92" />
            <source>Opvolging nodig</source>
            <translation>Follow-up needed</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="93" />
            <source>Doorverwezen</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="94" />
            <source>Niet mogelijk</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="132" />
            <source>Wachtte minder dan 1 minuut</source>
            <translation>Waited less than 1 minute</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="133" />
            <source>Wachtte %n minuten</source>
            <translation>
                <numerusform>Waited %n minute</numerusform>
                <numerusform>Waited %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="138" />
            <source>Nog niet opnieuw opgeroepen</source>
            <translation>Not called again yet</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="139" />
            <source>%n keer opnieuw opgeroepen</source>
            <translation>
                <numerusform>Called again once</numerusform>
                <numerusform>Called again %n times</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="145" />
            <source>De printer van {device} heeft geen papier meer.</source>
            <translation>Printer out of paper: {device}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="147" />
            <source>De printer van {device} werkt niet.</source>
            <translation>Printer not working: {device}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="155" />
            <source>Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.</source>
            <translation>
                <numerusform>First call the person again once. Only then can you choose 'No-show'.</numerusform>
                <numerusform>First call the person again %n times. Only then can you choose 'No-show'.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="160" />
            <source>Te laat: dit ticket is langer dan %n minuten niet gekomen. Geef een nieuw ticket.</source>
            <translation>
                <numerusform>Too late: this ticket has been marked 'No-show' for more than %n minute. Give a new ticket.</numerusform>
                <numerusform>Too late: this ticket has been marked 'No-show' for more than %n minutes. Give a new ticket.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="164" />
            <source>Wacht nog even voor je opnieuw oproept. Geef de persoon tijd om te komen.</source>
            <translation>Wait a moment before calling again. Give the person time to come.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="166" />
            <source>Dit ticket wacht niet meer. Misschien riep een ander loket het.</source>
            <translation>This ticket is no longer waiting. Another counter may have called it.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="167" />
            <source>Dit ticket is niet bij je loket.</source>
            <translation>This ticket is not at your counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="168" />
            <source>Dat kan nu niet. Deze persoon is al bij je of staat apart.</source>
            <translation>Not possible now. This person is already with you or set aside.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="169" />
            <source>Dit ticket staat niet apart.</source>
            <translation>This ticket is not set aside.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="170" />
            <source>Dit ticket staat niet bij 'Niet gekomen'.</source>
            <translation>This ticket is not marked 'No-show'.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="171" />
            <source>Je helpt nu iemand. Rond dat eerst af of zet het apart.</source>
            <translation>You are helping someone now. Finish that first or set it aside.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="172" />
            <source>Je loket doet deze dienst niet.</source>
            <translation>Your counter does not handle this service.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="173" />
            <source>Dit ticket is al afgerond.</source>
            <translation>This ticket is already finished.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="182" />
            <source>Dit loket is al open bij {holder}. Kies een ander loket.</source>
            <translation>This counter is already open at {holder}. Choose another counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="186" />
            <source>Iemand anders was je net voor. Probeer het opnieuw.</source>
            <translation>Someone else was just ahead of you. Try again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="188" />
            <source>Dit ticket of loket bestaat niet meer.</source>
            <translation>This ticket or counter no longer exists.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="190" />
            <source>Je bent afgemeld. Meld je opnieuw aan.</source>
            <translation>You have been signed out. Please sign in again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="192" />
            <source>Geen verbinding met de server. Dit lukt pas als de verbinding terug is.</source>
            <translation>No connection to the server. This will work once the connection is back.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="194" />
            <source>De gegevens zijn even niet bereikbaar. Probeer het zo opnieuw.</source>
            <translation>The data cannot be reached right now. Try again shortly.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="196" />
            <source>De gegevens zijn niet bewaard. Probeer het opnieuw.</source>
            <translation>The data was not saved. Try again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="198" />
            <location filename="../kiosk/ui/counter/words.py" line="212" />
            <source>Er ging iets mis. Probeer het opnieuw.</source>
            <translation>Something went wrong. Try again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="205" />
            <source>Met dit account kan je niet aan een loket werken.</source>
            <translation>You cannot work at a counter with this account.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="207" />
            <source>Te veel foute pogingen. Wacht 10 minuten en probeer het dan opnieuw.</source>
            <translation>Too many wrong tries. Wait 10 minutes, then try again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="208" />
            <source>Je gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.</source>
            <translation>Your username or password is incorrect. Try again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="210" />
            <source>Geen verbinding met de server. Aanmelden lukt pas als de verbinding terug is.</source>
            <translation>No connection to the server. You can sign in once the connection is back.</translation>
        </message>
    </context>
    <context>
        <name>CurrentPanel</name>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="61" />
            <source>Aan je loket</source>
            <translation>At your counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="68" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="97" />
            <source>Komt van een ander loket</source>
            <translation>From another counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="125" />
            <source>Niemand aan je loket</source>
            <translation>Nobody at your counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="143" />
            <source>Afloop van dit bezoek:</source>
            <translation>Outcome of this visit:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="196" />
            <source>Er wacht niemand voor je loket.</source>
            <translation>Nobody is waiting for your counter.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/current_panel.py" line="199" />
            <source>Er wachten %n mensen. Druk op Volgende (F1 of spatie).</source>
            <translation>
                <numerusform>%n person is waiting. Press Next (F1 or space).</numerusform>
                <numerusform>%n people are waiting. Press Next (F1 or space).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="229" />
            <source>Met afspraak om {time}</source>
            <translation>Appointment at {time}</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="67" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="68" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="69" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="71" />
            <source>Loket</source>
            <translation>Counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="72" />
            <source>Telefoon of e-mail</source>
            <translation>Phone or email</translation>
        </message>
    </context>
    <context>
        <name>FigureModel</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="250" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="251" />
            <source>Niet gekomen</source>
            <translation>No-shows</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="252" />
            <source>Afspraken</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="253" />
            <source>Aandeel</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="270" />
            <source>{share} %</source>
            <translation>{share}%</translation>
        </message>
    </context>
    <context>
        <name>FiguresDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="37" />
            <source>Niet gekomen per dienst</source>
            <translation>No-shows per service</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="48" />
            <source>Afspraken van de laatste %n dagen: van {first} tot en met {last}.</source>
            <translation>
                <numerusform>Appointments in the last day: {first} to {last}.</numerusform>
                <numerusform>Appointments in the last %n days: {first} to {last}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="56" />
            <source>Dit gebouw: {branch}</source>
            <translation>This building: {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="58" />
            <source>Alle gebouwen</source>
            <translation>All buildings</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="81" />
            <source>Afgezegde afspraken tellen niet mee. Aandeel: het deel van de afspraken van die dienst waarvoor niemand kwam.</source>
            <translation>Cancelled appointments do not count. Share: the part of that service's appointments where nobody turned up.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="87" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="125" />
            <source>Cijfers lezen…</source>
            <translation>Reading figures…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="138" />
            <source>Geen afspraken in deze periode.</source>
            <translation>No appointments in this period.</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="50" />
            <source>Vrijwilligersbalie · {branch}</source>
            <translation>Volunteer desk · {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="63" />
            <source>Wachtrij</source>
            <translation>Queue</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="63" />
            <source>Afspraken</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="69" />
            <source>Wisselen met F9</source>
            <translation>Switch with F9</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="76" />
            <source>Ik hielp %n mensen</source>
            <translation>
                <numerusform>I helped %n person</numerusform>
                <numerusform>I helped %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="77" />
            <source>%n wachten in totaal</source>
            <translation>
                <numerusform>%n waiting in total</numerusform>
                <numerusform>%n waiting in total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="78" />
            <source>%n niet gekomen</source>
            <translation>
                <numerusform>%n no-show</numerusform>
                <numerusform>%n no-shows</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="82" />
            <source>Ander loket</source>
            <translation>Other counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="85" />
            <source>Ander loket kiezen</source>
            <translation>Choose another counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="91" />
            <location filename="../kiosk/ui/counter/header.py" line="94" />
            <source>Afmelden</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="120" />
            <source>Aangemeld: {name}</source>
            <translation>Signed in: {name}</translation>
        </message>
    </context>
    <context>
        <name>HelpBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="124" />
            <source>Ik kom</source>
            <translation>On my way</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="125" />
            <source>Ik kom naar {device}</source>
            <translation>On my way to {device}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="170" />
            <source>Iemand aan de kiosk vraagt hulp: {device}, sinds {time}.</source>
            <translation>Someone at the kiosk needs help: {device}, since {time}.</translation>
        </message>
    </context>
    <context>
        <name>NoShowModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Om</source>
            <translation>At</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Terug kan nog</source>
            <translation>Can return</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="247" />
            <source>Te laat</source>
            <translation>Too late</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="248" />
            <source>Nog %n min</source>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/widgets.py" line="175" />
            <source>Geen verbinding met de server. Je kan nu niemand oproepen en geen bezoek afronden. De wachtrij hieronder is de laatste stand die we kennen. De kiosk geeft wel nog tickets. Zodra de verbinding terug is, werk je gewoon verder.</source>
            <translation>No connection to the server. You cannot call anyone or finish a visit now. The queue below is the last known state. The kiosk still gives out tickets. As soon as the connection is back, you can carry on as usual.</translation>
        </message>
    </context>
    <context>
        <name>ParkedModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Apart sinds</source>
            <translation>Since</translation>
        </message>
    </context>
    <context>
        <name>PriorityButton</name>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="25" />
            <source>Voorrang…</source>
            <translation>Priority…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="26" />
            <source>Voorrang geven</source>
            <translation>Give priority</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="27" />
            <source>Geef de gekozen persoon voorrang, of neem die weg.</source>
            <translation>Give the chosen person priority, or take it away.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="43" />
            <source>Geen voorrang</source>
            <translation>No priority</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="91" />
            <source>Wachtrij voor je loket</source>
            <translation>Queue for your counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="93" />
            <source>Roep deze op (F8)</source>
            <translation>Call this one (F8)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="94" />
            <source>Niemand wacht voor je loket.</source>
            <translation>Nobody is waiting for your counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="108" />
            <source>Even apart</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="110" />
            <source>Verder helpen</source>
            <translation>Resume</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="111" />
            <source>Niemand staat apart.</source>
            <translation>Nobody is set aside.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="117" />
            <source>Niet gekomen vandaag</source>
            <translation>No-shows today</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="119" />
            <source>Terug in de rij</source>
            <translation>Back in the queue</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="120" />
            <source>Vandaag nog niemand.</source>
            <translation>Nobody yet today.</translation>
        </message>
    </context>
    <context>
        <name>QueueSteps</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/queue_steps.py" line="81" />
            <source>{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.</source>
            <translation>
                <numerusform>{number} is marked 'No-show'. It can go back in the queue for %n min.</numerusform>
                <numerusform>{number} is marked 'No-show'. It can go back in the queue for %n min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="90" />
            <source>{number} staat even apart. Je kan iemand anders oproepen.</source>
            <translation>{number} is set aside. You can call someone else.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="97" />
            <source>{number} is klaar: {outcome}.</source>
            <translation>{number} is finished: {outcome}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="107" />
            <source>Er wacht niemand voor je loket.</source>
            <translation>Nobody is waiting for your counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="114" />
            <source>Kies eerst een nummer in de wachtrij.</source>
            <translation>First choose a number in the queue.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="146" />
            <source>{number} staat terug in de rij, op de oude plaats.</source>
            <translation>{number} is back in the queue, in its old place.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="169" />
            <source>{number} gaat nu naar {service}.</source>
            <translation>{number} now goes to {service}.</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="45" />
            <location filename="../kiosk/ui/counter/resident_form.py" line="54" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="46" />
            <source>Familienaam</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="47" />
            <location filename="../kiosk/ui/counter/resident_form.py" line="56" />
            <source>Telefoon of e-mail</source>
            <translation>Phone or email</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="48" />
            <source>Geboortedatum, bv. 02.04.1950</source>
            <translation>Date of birth, e.g. 02.04.1950</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="55" />
            <source>Familienaam (nodig)</source>
            <translation>Family name (required)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="57" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="66" />
            <source>Alleen de naam is nodig. Vul je de geboortedatum in? Dan kan de persoon zich zonder code aanmelden.</source>
            <translation>Only the name is required. With the date of birth, the person can check in without a code.</translation>
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
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="34" />
            <source>Meld je aan om aan het loket te werken.</source>
            <translation>Sign in to work at the counter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="37" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="38" />
            <source>Gebruikersnaam</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="40" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="41" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="77" />
            <source>Vul je gebruikersnaam en je wachtwoord in.</source>
            <translation>Enter your username and password.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="85" />
            <source>Even geduld...</source>
            <translation>One moment...</translation>
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
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="111" />
            <source>Waarvoor?</source>
            <translation>What for?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="124" />
            <source>Zo snel mogelijk</source>
            <translation>As soon as possible</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="127" />
            <location filename="../kiosk/ui/counter/slot_picker.py" line="232" />
            <source>Later, vanaf een dag…</source>
            <translation>Later, from a chosen day…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="154" />
            <source>Vrije momenten</source>
            <translation>Free slots</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="160" />
            <source>Waar?</source>
            <translation>Where?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="162" />
            <source>Vanaf wanneer?</source>
            <translation>From when?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="165" />
            <source>Eerstvolgende vrije momenten</source>
            <translation>Next free slots</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="178" />
            <source>Kies eerst waarvoor de afspraak is.</source>
            <translation>First choose what the appointment is for.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="236" />
            <source>Vanaf {date}</source>
            <translation>From {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="250" />
            <source>Alle gebouwen</source>
            <translation>All buildings</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="277" />
            <source>Geen enkel gebouw doet deze dienst op afspraak.</source>
            <translation>No building offers this service by appointment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="282" />
            <source>Vrije momenten zoeken…</source>
            <translation>Looking for free slots…</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/slot_picker.py" line="298" />
            <source>Geen vrij moment in de komende %n dagen. Kies een ander gebouw.</source>
            <translation>
                <numerusform>No free slot in the next day. Choose another building.</numerusform>
                <numerusform>No free slot in the next %n days. Choose another building.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="53" />
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="93" />
            <source>Doorsturen</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="60" />
            <source>{number} doorsturen</source>
            <translation>Transfer {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="62" />
            <source>Kies de dienst. De persoon houdt zijn plaats in de rij.</source>
            <translation>Choose the service. The person keeps their place in the queue.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="65" />
            <source>Naar welke dienst?</source>
            <translation>To which service?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="74" />
            <source>{name} (nu)</source>
            <translation>{name} (now)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="83" />
            <source>Naar welk loket?</source>
            <translation>To which counter?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="85" />
            <source>Kies eerst een dienst.</source>
            <translation>First choose a service.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="99" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="145" />
            <source>Elk loket dat dit doet</source>
            <translation>Any suitable counter</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="147" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="148" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="149" />
            <source>Wacht</source>
            <translation>Waited</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="150" />
            <source>Voorrang</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="151" />
            <location filename="../kiosk/ui/counter/models.py" line="175" />
            <source>Doorgestuurd</source>
            <translation>Transferred</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="162" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="167" />
            <source>Afspraak {time}</source>
            <translation>Appointment {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="174" />
            <source>Naar jou</source>
            <translation>For you</translation>
        </message>
    </context>
</TS>
