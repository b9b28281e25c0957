<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>ActionBar</name>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="52" />
            <source>Volgende</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="52" />
            <source>F1 · spatie</source>
            <translation>F1 · espace</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="53" />
            <source>Opnieuw oproepen</source>
            <translation>Rappeler</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="54" />
            <source>Staat aan mijn loket</source>
            <translation>Est à mon guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="55" />
            <source>Niet gekomen</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="56" />
            <source>Doorsturen</source>
            <translation>Transférer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="57" />
            <source>Even apart</source>
            <translation>Mettre de côté</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="58" />
            <source>Klaar</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="97" />
            <source>{action} kan nu niet: {why}</source>
            <translation>{action} impossible pour l'instant : {why}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="124" />
            <source>er is niemand aan je loket.</source>
            <translation>il n'y a personne à votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="126" />
            <source>Roep de volgende persoon op.</source>
            <translation>Appelez la personne suivante.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="128" />
            <source>Niemand aan je loket</source>
            <translation>Personne à votre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="132" />
            <source>Rondt {number} af en roept de volgende op.</source>
            <translation>Termine {number} et appelle le suivant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="135" />
            <source>Al aan je loket</source>
            <translation>Déjà à votre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="136" />
            <source>{number} is al aan je loket.</source>
            <translation>{number} est déjà à votre guichet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="144" />
            <source>Kan over %n s</source>
            <translation>
                <numerusform>Possible dans %n s</numerusform>
                <numerusform>Possible dans %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="145" />
            <source>wacht nog %n seconden.</source>
            <translation>
                <numerusform>attendez encore %n seconde.</numerusform>
                <numerusform>attendez encore %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="148" />
            <source>Roep {number} nog eens om.</source>
            <translation>Appelle {number} une nouvelle fois.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="150" />
            <source>De persoon staat aan je loket.</source>
            <translation>La personne est à votre guichet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="156" />
            <source>Na %n keer oproepen niet gekomen.</source>
            <translation>
                <numerusform>Absent après %n appel.</numerusform>
                <numerusform>Absent après %n appels.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="165" />
            <source>Eerst nog %n keer opnieuw oproepen</source>
            <translation>
                <numerusform>Rappeler encore %n fois d'abord</numerusform>
                <numerusform>Rappeler encore %n fois d'abord</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/actions.py" line="166" />
            <source>roep eerst nog %n keer opnieuw op.</source>
            <translation>
                <numerusform>rappelez d'abord encore %n fois.</numerusform>
                <numerusform>rappelez d'abord encore %n fois.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="168" />
            <source>Naar een andere dienst of ander loket.</source>
            <translation>Vers un autre service ou un autre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="169" />
            <source>De persoon komt zo terug.</source>
            <translation>La personne revient tout de suite.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/actions.py" line="170" />
            <source>Rondt {number} af.</source>
            <translation>Termine {number}.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="34" />
            <source>Niet gekomen</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="35" />
            <source>Verplaatsen</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="36" />
            <source>Annuleren</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="37" />
            <source>Bevestiging afdrukken</source>
            <translation>Imprimer la confirmation</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="38" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Enregistrer la confirmation en PDF</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="65" />
            <source>Geen verbinding met de server: afspraken maken of wijzigen kan niet.</source>
            <translation>Pas de connexion au serveur : impossible de créer ou de modifier des rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="67" />
            <source>Kies een afspraak in de lijst. Dan kan je ze wijzigen of afdrukken.</source>
            <translation>Choisissez un rendez-vous dans la liste. Vous pourrez alors le modifier ou l'imprimer.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="70" />
            <source>'Niet gekomen' kan vanaf {time}.</source>
            <translation>« Absent » est possible à partir de {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="74" />
            <source>{name} is er nog niet. Afspraak om {time}.</source>
            <translation>{name} n'est pas encore là. Rendez-vous à {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="78" />
            <source>{name} is aangemeld en staat in de wachtrij.</source>
            <translation>{name} s'est enregistré(e) et est dans la file d'attente.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="80" />
            <source>Deze afspraak staat bij 'Niet gekomen'.</source>
            <translation>Ce rendez-vous est marqué « Absent ».</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_actions.py" line="81" />
            <source>Deze afspraak is geannuleerd.</source>
            <translation>Ce rendez-vous est annulé.</translation>
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
            <translation>Aujourd'hui, {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="65" />
            <source>Morgen, {date}</source>
            <translation>Demain, {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="71" />
            <source>{date} om {time}</source>
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="79" />
            <source>Aangemeld · {number}</source>
            <translation>Enregistré · {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="80" />
            <source>Aangemeld</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="82" />
            <source>Verwacht</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="83" />
            <source>Te laat</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="84" />
            <source>Niet gekomen</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="85" />
            <source>Geannuleerd</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="92" />
            <source>Iemand anders nam net dit moment. Kies een ander moment.</source>
            <translation>Quelqu'un d'autre vient de prendre ce créneau. Choisissez-en un autre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="93" />
            <source>Op dat moment is deze dienst er niet open. Kies opnieuw.</source>
            <translation>Ce service n'est pas ouvert à ce moment-là. Choisissez à nouveau.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="94" />
            <source>Dit moment is al voorbij. Kies een later moment.</source>
            <translation>Ce créneau est déjà passé. Choisissez un créneau plus tardif.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="95" />
            <source>Vul de familienaam in.</source>
            <translation>Saisissez le nom de famille.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="97" />
            <source>Een naam of de telefoon of e-mail is te lang. Maak ze korter.</source>
            <translation>Un nom, le téléphone ou l'e-mail est trop long. Raccourcissez-le.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="100" />
            <source>Dat kan niet meer. Deze afspraak is al aangemeld, geannuleerd of niet gekomen.</source>
            <translation>Ce n'est plus possible. Ce rendez-vous est déjà enregistré, annulé ou marqué absent.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="110" />
            <source>Deze afspraak bestaat niet meer. Misschien haalde iemand ze net weg.</source>
            <translation>Ce rendez-vous n'existe plus. Quelqu'un vient peut-être de le supprimer.</translation>
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
            <translation>Appelez le {phone} ou allez sur {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="128" />
            <source>Bel {phone}.</source>
            <translation>Appelez le {phone}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="130" />
            <source>Ga naar {website}.</source>
            <translation>Allez sur {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="134" />
            <source>Je afspraak</source>
            <translation>Votre rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="135" />
            <source>Wanneer</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="136" />
            <source>Waar</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="137" />
            <source>Waarvoor</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="138" />
            <source>Wat breng je mee</source>
            <translation>À apporter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="139" />
            <source>Je code</source>
            <translation>Votre code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="140" />
            <source>Toon of typ deze code aan de kiosk bij de ingang.</source>
            <translation>Montrez ou tapez ce code à la borne de l'entrée.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_words.py" line="141" />
            <source>Kan je niet komen? Bel ons of zeg het aan de balie.</source>
            <translation>Vous ne pouvez pas venir ? Appelez-nous ou dites-le à l'accueil.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="74" />
            <location filename="../kiosk/ui/counter/appointments_page.py" line="110" />
            <source>Afspraken vandaag</source>
            <translation>Rendez-vous du jour</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="89" />
            <source>Mijn loket</source>
            <translation>Mon guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="90" />
            <source>Heel het gebouw</source>
            <translation>Tout le bâtiment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="96" />
            <source>Cijfers</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="98" />
            <source>Nieuwe afspraak</source>
            <translation>Nouveau rendez-vous</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/appointments_page.py" line="241" />
            <source>%n nog te komen</source>
            <translation>
                <numerusform>%n encore attendu</numerusform>
                <numerusform>%n encore attendus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="259" />
            <source>Vandaag geen afspraken voor je loket.</source>
            <translation>Pas de rendez-vous aujourd'hui pour votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="261" />
            <source>Vandaag geen afspraken in dit gebouw.</source>
            <translation>Pas de rendez-vous aujourd'hui dans ce bâtiment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="306" />
            <source>{name} staat bij 'Niet gekomen'.</source>
            <translation>{name} est marqué(e) « Absent ».</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="316" />
            <source>Afspraak annuleren</source>
            <translation>Annuler le rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="318" />
            <source>De afspraak van {name} om {time} ({service}) annuleren?</source>
            <translation>Annuler le rendez-vous de {name} à {time} ({service}) ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="324" />
            <source>Het moment komt weer vrij voor iemand anders.</source>
            <translation>Le créneau redevient libre pour quelqu'un d'autre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="325" />
            <source>Ja, annuleren</source>
            <translation>Oui, annuler</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="326" />
            <source>Nee, behouden</source>
            <translation>Non, garder</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointments_page.py" line="340" />
            <source>De afspraak van {name} is geannuleerd.</source>
            <translation>Le rendez-vous de {name} est annulé.</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="97" />
            <source>Afspraak verplaatsen</source>
            <translation>Déplacer le rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="97" />
            <source>Nieuwe afspraak</source>
            <translation>Nouveau rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="112" />
            <source>{name} · {service} · nu {when}</source>
            <translation>{name} · {service} · actuellement {when}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="118" />
            <source>Kies waarvoor, en een vrij moment.</source>
            <translation>Choisissez le service et un créneau libre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="120" />
            <source>Sluiten</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="123" />
            <source>Verplaatsen</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="123" />
            <source>Verder</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="143" />
            <source>Terug</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="145" />
            <source>Afspraak maken</source>
            <translation>Prendre le rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="148" />
            <source>Voor wie is de afspraak?</source>
            <translation>Pour qui est le rendez-vous ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="160" />
            <source>Bevestiging afdrukken</source>
            <translation>Imprimer la confirmation</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="162" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Enregistrer la confirmation en PDF</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="168" />
            <source>Code van de afspraak</source>
            <translation>Code du rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="184" />
            <source>Geef de bevestiging mee. Met de code meldt de persoon zich straks aan bij de kiosk.</source>
            <translation>Remettez la confirmation. Avec le code, la personne signalera son arrivée à la borne.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="193" />
            <source>Klaar</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="263" />
            <source>{service} · {when} · {branch}</source>
            <translation>{service} · {when} · {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="280" />
            <source>Deze geboortedatum klopt niet. Schrijf ze zo: 02.04.1950.</source>
            <translation>Cette date de naissance n'est pas valable. Écrivez-la ainsi : 02.04.1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="303" />
            <source>De afspraak is verplaatst</source>
            <translation>Le rendez-vous est déplacé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/booking_dialog.py" line="305" />
            <source>De afspraak staat vast</source>
            <translation>Le rendez-vous est confirmé</translation>
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
            <translation>Choisissez votre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="123" />
            <source>Aan welk loket werk je nu? Tik op de kaart, of druk op het nummer.</source>
            <translation>À quel guichet travaillez-vous maintenant ? Touchez la carte ou tapez le numéro.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="41" />
            <source>Loket sluiten</source>
            <translation>Fermer le guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="42" />
            <source>{number} is nog aan je loket.</source>
            <translation>{number} est encore à votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="44" />
            <source>Rond het bezoek af. Of zet {number} terug in de rij voor een ander loket.</source>
            <translation>Terminez la visite, ou remettez {number} dans la file pour un autre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="48" />
            <source>Afronden en sluiten</source>
            <translation>Terminer et fermer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="49" />
            <source>Terug in de rij en sluiten</source>
            <translation>Remettre dans la file et fermer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/close_dialog.py" line="50" />
            <source>Niet sluiten</source>
            <translation>Ne pas fermer</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationOutput</name>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="64" />
            <source>Afspraak {reference}</source>
            <translation>Rendez-vous {reference}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="77" />
            <source>afspraak-{reference}.pdf</source>
            <translation>rendez-vous-{reference}.pdf</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="81" />
            <source>Bevestiging opslaan als PDF</source>
            <translation>Enregistrer la confirmation en PDF</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="83" />
            <source>PDF-bestand (*.pdf)</source>
            <translation>Fichier PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="100" />
            <source>Deze computer heeft geen printer. Sla de bevestiging op als PDF.</source>
            <translation>Cet ordinateur n'a pas d'imprimante. Enregistrez la confirmation en PDF.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="104" />
            <source>De bevestiging gaat naar de printer {printer}.</source>
            <translation>La confirmation est envoyée à l'imprimante {printer}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="111" />
            <source>Afdrukken lukte niet. Kijk de printer na, of sla de bevestiging op als PDF.</source>
            <translation>L'impression a échoué. Vérifiez l'imprimante ou enregistrez la confirmation en PDF.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="116" />
            <source>De bevestiging staat in {file}.</source>
            <translation>La confirmation se trouve dans {file}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/confirmation_output.py" line="120" />
            <source>De bevestiging is niet bewaard. Kies een andere map.</source>
            <translation>La confirmation n'a pas été enregistrée. Choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>CounterCard</name>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="44" />
            <source>Vrijwilligersbalie</source>
            <translation>Accueil bénévoles</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="46" />
            <source>Loket met medewerker</source>
            <translation>Guichet avec agent</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/choose_screen.py" line="78" />
            <source>Helpt ook bij: {services}</source>
            <translation>Aide aussi pour : {services}</translation>
        </message>
    </context>
    <context>
        <name>CounterLinkBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/link_words.py" line="24" />
            <source>Deze computer heeft een update nodig. Hij en de server spreken een andere versie. Verwittig de beheerder. Tot dan komt je werk niet op de server.</source>
            <translation>Cet ordinateur doit être mis à jour. Il n'a pas la même version que le serveur. Prévenez l'administrateur. En attendant, votre travail n'arrive pas au serveur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="30" />
            <source>De klok van deze computer loopt %n minuten voor op de server.</source>
            <translation>
                <numerusform>L'horloge de cet ordinateur avance de %n minute par rapport au serveur.</numerusform>
                <numerusform>L'horloge de cet ordinateur avance de %n minutes par rapport au serveur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/link_words.py" line="32" />
            <source>De klok van deze computer loopt %n minuten achter op de server.</source>
            <translation>
                <numerusform>L'horloge de cet ordinateur retarde de %n minute par rapport au serveur.</numerusform>
                <numerusform>L'horloge de cet ordinateur retarde de %n minutes par rapport au serveur.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/link_words.py" line="33" />
            <source>Verwittig de beheerder.</source>
            <translation>Prévenez l'administrateur.</translation>
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
            <translation>Borne de l'entrée</translation>
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="71" />
            <location filename="../kiosk/ui/counter/window.py" line="255" />
            <source>Loket - {branch}</source>
            <translation>Guichet - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="131" />
            <source>Loket {n} bestaat hier niet. Kies je loket.</source>
            <translation>Le guichet {n} n'existe pas ici. Choisissez votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="166" />
            <source>Je bent afgemeld. Meld je opnieuw aan.</source>
            <translation>Vous êtes déconnecté. Reconnectez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="171" />
            <source>{counter} - {branch}</source>
            <translation>{counter} - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="229" />
            <source>Je bent afgemeld omdat je een tijd niets deed.</source>
            <translation>Vous avez été déconnecté après un moment d'inactivité.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="239" />
            <source>Rond eerst {number} af, of zet het even apart.</source>
            <translation>Terminez d'abord {number} ou mettez-le de côté.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/window.py" line="262" />
            <source>Je loket is nu open bij {holder}. Kies je loket opnieuw.</source>
            <translation>Votre guichet est maintenant ouvert sur {holder}. Choisissez à nouveau votre guichet.</translation>
        </message>
    </context>
    <context>
        <name>CounterWords</name>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="59" />
            <source>Oudere</source>
            <translation>Personne âgée</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="60" />
            <source>Beperking</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="61" />
            <source>Zwanger</source>
            <translation>Enceinte</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="62" />
            <source>Personeel</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="69" />
            <source>Voorrang: oudere persoon</source>
            <translation>Priorité : personne âgée</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="70" />
            <source>Voorrang: persoon met een beperking</source>
            <translation>Priorité : personne handicapée</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="71" />
            <source>Voorrang: zwangere persoon</source>
            <translation>Priorité : femme enceinte</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="72" />
            <source>Voorrang: van een medewerker</source>
            <translation>Priorité : accordée par le personnel</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="78" />
            <source>Wacht</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="79" />
            <source>Doorgestuurd</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="80" />
            <source>Opgeroepen</source>
            <translation>Appelé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="81" />
            <source>In behandeling</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="82" />
            <source>Even apart</source>
            <translation>Mis de côté</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="83" />
            <source>Klaar</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="84" />
            <source>Niet gekomen</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="85" />
            <source>Geannuleerd</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="91" />
            <source>Geholpen</source>
            <translation>Réglé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="92" />
            <source>Opvolging nodig</source>
            <translation>Suivi nécessaire</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="93" />
            <source>Doorverwezen</source>
            <translation>Réorienté</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="94" />
            <source>Niet mogelijk</source>
            <translation>Pas possible</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="132" />
            <source>Wachtte minder dan 1 minuut</source>
            <translation>A attendu moins d'une minute</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="133" />
            <source>Wachtte %n minuten</source>
            <translation>
                <numerusform>A attendu %n minute</numerusform>
                <numerusform>A attendu %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="138" />
            <source>Nog niet opnieuw opgeroepen</source>
            <translation>Pas encore rappelé</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="139" />
            <source>%n keer opnieuw opgeroepen</source>
            <translation>
                <numerusform>Rappelé %n fois</numerusform>
                <numerusform>Rappelé %n fois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="145" />
            <source>De printer van {device} heeft geen papier meer.</source>
            <translation>Plus de papier dans l'imprimante : {device}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="147" />
            <source>De printer van {device} werkt niet.</source>
            <translation>L'imprimante ne fonctionne pas : {device}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="155" />
            <source>Roep eerst %n keer opnieuw op. Pas dan kan je 'Niet gekomen' kiezen.</source>
            <translation>
                <numerusform>Rappelez d'abord la personne %n fois. Ensuite seulement, vous pourrez choisir « Absent ».</numerusform>
                <numerusform>Rappelez d'abord la personne %n fois. Ensuite seulement, vous pourrez choisir « Absent ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/words.py" line="160" />
            <source>Te laat: dit ticket is langer dan %n minuten niet gekomen. Geef een nieuw ticket.</source>
            <translation>
                <numerusform>Trop tard : ce ticket est marqué « Absent » depuis plus de %n minute. Donnez un nouveau ticket.</numerusform>
                <numerusform>Trop tard : ce ticket est marqué « Absent » depuis plus de %n minutes. Donnez un nouveau ticket.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="164" />
            <source>Wacht nog even voor je opnieuw oproept. Geef de persoon tijd om te komen.</source>
            <translation>Attendez un peu avant de rappeler. Laissez à la personne le temps de venir.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="166" />
            <source>Dit ticket wacht niet meer. Misschien riep een ander loket het.</source>
            <translation>Ce ticket n'attend plus. Un autre guichet l'a peut-être appelé.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="167" />
            <source>Dit ticket is niet bij je loket.</source>
            <translation>Ce ticket n'est pas à votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="168" />
            <source>Dat kan nu niet. Deze persoon is al bij je of staat apart.</source>
            <translation>Impossible pour l'instant. Cette personne est déjà à votre guichet ou mise de côté.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="169" />
            <source>Dit ticket staat niet apart.</source>
            <translation>Ce ticket n'est pas mis de côté.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="170" />
            <source>Dit ticket staat niet bij 'Niet gekomen'.</source>
            <translation>Ce ticket n'est pas marqué « Absent ».</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="171" />
            <source>Je helpt nu iemand. Rond dat eerst af of zet het apart.</source>
            <translation>Vous aidez déjà quelqu'un. Terminez d'abord cette visite ou mettez-la de côté.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="172" />
            <source>Je loket doet deze dienst niet.</source>
            <translation>Votre guichet ne traite pas ce service.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="173" />
            <source>Dit ticket is al afgerond.</source>
            <translation>Ce ticket est déjà terminé.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="182" />
            <source>Dit loket is al open bij {holder}. Kies een ander loket.</source>
            <translation>Ce guichet est déjà ouvert sur {holder}. Choisissez un autre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="186" />
            <source>Iemand anders was je net voor. Probeer het opnieuw.</source>
            <translation>Quelqu'un d'autre a été plus rapide. Réessayez.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="188" />
            <source>Dit ticket of loket bestaat niet meer.</source>
            <translation>Ce ticket ou ce guichet n'existe plus.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="190" />
            <source>Je bent afgemeld. Meld je opnieuw aan.</source>
            <translation>Vous êtes déconnecté. Reconnectez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="192" />
            <source>Geen verbinding met de server. Dit lukt pas als de verbinding terug is.</source>
            <translation>Pas de connexion au serveur. Ce sera possible quand la connexion sera rétablie.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="194" />
            <source>De gegevens zijn even niet bereikbaar. Probeer het zo opnieuw.</source>
            <translation>Les données sont momentanément inaccessibles. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="196" />
            <source>De gegevens zijn niet bewaard. Probeer het opnieuw.</source>
            <translation>Les données n'ont pas été enregistrées. Réessayez.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="198" />
            <location filename="../kiosk/ui/counter/words.py" line="212" />
            <source>Er ging iets mis. Probeer het opnieuw.</source>
            <translation>Un problème est survenu. Réessayez.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="205" />
            <source>Met dit account kan je niet aan een loket werken.</source>
            <translation>Ce compte ne permet pas de travailler à un guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="207" />
            <source>Te veel foute pogingen. Wacht 10 minuten en probeer het dan opnieuw.</source>
            <translation>Trop d'essais erronés. Attendez 10 minutes, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="208" />
            <source>Je gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.</source>
            <translation>Nom d'utilisateur ou mot de passe incorrect. Réessayez.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/words.py" line="210" />
            <source>Geen verbinding met de server. Aanmelden lukt pas als de verbinding terug is.</source>
            <translation>Pas de connexion au serveur. Vous pourrez vous connecter quand elle sera rétablie.</translation>
        </message>
    </context>
    <context>
        <name>CurrentPanel</name>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="61" />
            <source>Aan je loket</source>
            <translation>À votre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="68" />
            <source>Nummer</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="97" />
            <source>Komt van een ander loket</source>
            <translation>Vient d'un autre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="125" />
            <source>Niemand aan je loket</source>
            <translation>Personne à votre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="143" />
            <source>Afloop van dit bezoek:</source>
            <translation>Résultat de cette visite :</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="196" />
            <source>Er wacht niemand voor je loket.</source>
            <translation>Personne n'attend pour votre guichet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/current_panel.py" line="199" />
            <source>Er wachten %n mensen. Druk op Volgende (F1 of spatie).</source>
            <translation>
                <numerusform>%n personne attend. Appuyez sur « Suivant » (F1 ou espace).</numerusform>
                <numerusform>%n personnes attendent. Appuyez sur « Suivant » (F1 ou espace).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/current_panel.py" line="229" />
            <source>Met afspraak om {time}</source>
            <translation>Avec rendez-vous à {time}</translation>
        </message>
    </context>
    <context>
        <name>DayModel</name>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="67" />
            <source>Tijd</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="68" />
            <source>Naam</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="69" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="70" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="71" />
            <source>Loket</source>
            <translation>Guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="72" />
            <source>Telefoon of e-mail</source>
            <translation>Téléphone ou e-mail</translation>
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
            <translation>Absents</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="252" />
            <source>Afspraken</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="253" />
            <source>Aandeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/appointment_models.py" line="270" />
            <source>{share} %</source>
            <translation>{share} %</translation>
        </message>
    </context>
    <context>
        <name>FiguresDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="37" />
            <source>Niet gekomen per dienst</source>
            <translation>Absences par service</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="48" />
            <source>Afspraken van de laatste %n dagen: van {first} tot en met {last}.</source>
            <translation>
                <numerusform>Rendez-vous du dernier jour : du {first} au {last} inclus.</numerusform>
                <numerusform>Rendez-vous des %n derniers jours : du {first} au {last} inclus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="56" />
            <source>Dit gebouw: {branch}</source>
            <translation>Ce bâtiment : {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="58" />
            <source>Alle gebouwen</source>
            <translation>Tous les bâtiments</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="81" />
            <source>Afgezegde afspraken tellen niet mee. Aandeel: het deel van de afspraken van die dienst waarvoor niemand kwam.</source>
            <translation>Les rendez-vous annulés ne comptent pas. Part : la part des rendez-vous de ce service où personne n'est venu.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="87" />
            <source>Sluiten</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="125" />
            <source>Cijfers lezen…</source>
            <translation>Lecture des chiffres…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/figures_dialog.py" line="138" />
            <source>Geen afspraken in deze periode.</source>
            <translation>Aucun rendez-vous pendant cette période.</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="50" />
            <source>Vrijwilligersbalie · {branch}</source>
            <translation>Accueil bénévoles · {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="63" />
            <source>Wachtrij</source>
            <translation>File d'attente</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="63" />
            <source>Afspraken</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="69" />
            <source>Wisselen met F9</source>
            <translation>Changer avec F9</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="76" />
            <source>Ik hielp %n mensen</source>
            <translation>
                <numerusform>J'ai servi %n personne</numerusform>
                <numerusform>J'ai servi %n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="77" />
            <source>%n wachten in totaal</source>
            <translation>
                <numerusform>%n en attente au total</numerusform>
                <numerusform>%n en attente au total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/header.py" line="78" />
            <source>%n niet gekomen</source>
            <translation>
                <numerusform>%n absent</numerusform>
                <numerusform>%n absents</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="82" />
            <source>Ander loket</source>
            <translation>Autre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="85" />
            <source>Ander loket kiezen</source>
            <translation>Choisir un autre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="91" />
            <location filename="../kiosk/ui/counter/header.py" line="94" />
            <source>Afmelden</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/header.py" line="120" />
            <source>Aangemeld: {name}</source>
            <translation>Connecté : {name}</translation>
        </message>
    </context>
    <context>
        <name>HelpBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="124" />
            <source>Ik kom</source>
            <translation>J'arrive</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="125" />
            <source>Ik kom naar {device}</source>
            <translation>J'arrive à {device}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/help_banner.py" line="170" />
            <source>Iemand aan de kiosk vraagt hulp: {device}, sinds {time}.</source>
            <translation>Quelqu'un à la borne demande de l'aide : {device}, depuis {time}.</translation>
        </message>
    </context>
    <context>
        <name>NoShowModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Nummer</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Om</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="228" />
            <source>Terug kan nog</source>
            <translation>Retour possible</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="247" />
            <source>Te laat</source>
            <translation>Trop tard</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/models.py" line="248" />
            <source>Nog %n min</source>
            <translation>
                <numerusform>Encore %n min</numerusform>
                <numerusform>Encore %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../kiosk/ui/counter/widgets.py" line="175" />
            <source>Geen verbinding met de server. Je kan nu niemand oproepen en geen bezoek afronden. De wachtrij hieronder is de laatste stand die we kennen. De kiosk geeft wel nog tickets. Zodra de verbinding terug is, werk je gewoon verder.</source>
            <translation>Pas de connexion au serveur. Vous ne pouvez appeler personne ni terminer une visite. La file ci-dessous est le dernier état connu. La borne donne encore des tickets. Dès que la connexion revient, vous continuez normalement.</translation>
        </message>
    </context>
    <context>
        <name>ParkedModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Nummer</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="204" />
            <source>Apart sinds</source>
            <translation>Depuis</translation>
        </message>
    </context>
    <context>
        <name>PriorityButton</name>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="25" />
            <source>Voorrang…</source>
            <translation>Priorité…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="26" />
            <source>Voorrang geven</source>
            <translation>Donner la priorité</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="27" />
            <source>Geef de gekozen persoon voorrang, of neem die weg.</source>
            <translation>Donnez la priorité à la personne choisie, ou retirez-la.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/priority_menu.py" line="43" />
            <source>Geen voorrang</source>
            <translation>Pas de priorité</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="91" />
            <source>Wachtrij voor je loket</source>
            <translation>File d'attente de votre guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="93" />
            <source>Roep deze op (F8)</source>
            <translation>Appeler celui-ci (F8)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="94" />
            <source>Niemand wacht voor je loket.</source>
            <translation>Personne n'attend pour votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="108" />
            <source>Even apart</source>
            <translation>Mis de côté</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="110" />
            <source>Verder helpen</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="111" />
            <source>Niemand staat apart.</source>
            <translation>Personne n'est mis de côté.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="117" />
            <source>Niet gekomen vandaag</source>
            <translation>Absents aujourd'hui</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="119" />
            <source>Terug in de rij</source>
            <translation>Remettre dans la file</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_screen.py" line="120" />
            <source>Vandaag nog niemand.</source>
            <translation>Personne aujourd'hui.</translation>
        </message>
    </context>
    <context>
        <name>QueueSteps</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/queue_steps.py" line="81" />
            <source>{number} staat bij 'Niet gekomen'. Terug in de rij kan tot %n min.</source>
            <translation>
                <numerusform>{number} est marqué « Absent ». Retour dans la file possible pendant %n min.</numerusform>
                <numerusform>{number} est marqué « Absent ». Retour dans la file possible pendant %n min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="90" />
            <source>{number} staat even apart. Je kan iemand anders oproepen.</source>
            <translation>{number} est mis de côté. Vous pouvez appeler quelqu'un d'autre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="97" />
            <source>{number} is klaar: {outcome}.</source>
            <translation>{number} est terminé : {outcome}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="107" />
            <source>Er wacht niemand voor je loket.</source>
            <translation>Personne n'attend pour votre guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="114" />
            <source>Kies eerst een nummer in de wachtrij.</source>
            <translation>Choisissez d'abord un numéro dans la file.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="146" />
            <source>{number} staat terug in de rij, op de oude plaats.</source>
            <translation>{number} est de retour dans la file, à sa place.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/queue_steps.py" line="169" />
            <source>{number} gaat nu naar {service}.</source>
            <translation>{number} passe maintenant à {service}.</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="45" />
            <location filename="../kiosk/ui/counter/resident_form.py" line="54" />
            <source>Voornaam</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="46" />
            <source>Familienaam</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="47" />
            <location filename="../kiosk/ui/counter/resident_form.py" line="56" />
            <source>Telefoon of e-mail</source>
            <translation>Téléphone ou e-mail</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="48" />
            <source>Geboortedatum, bv. 02.04.1950</source>
            <translation>Date de naissance, p. ex. 02.04.1950</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="55" />
            <source>Familienaam (nodig)</source>
            <translation>Nom de famille (obligatoire)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="57" />
            <source>Geboortedatum</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/resident_form.py" line="66" />
            <source>Alleen de naam is nodig. Vul je de geboortedatum in? Dan kan de persoon zich zonder code aanmelden.</source>
            <translation>Seul le nom est obligatoire. Avec la date de naissance, la personne peut s'enregistrer sans code.</translation>
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
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="34" />
            <source>Meld je aan om aan het loket te werken.</source>
            <translation>Connectez-vous pour travailler au guichet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="37" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="38" />
            <source>Gebruikersnaam</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="40" />
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="41" />
            <source>Wachtwoord</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="77" />
            <source>Vul je gebruikersnaam en je wachtwoord in.</source>
            <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/sign_in_screen.py" line="85" />
            <source>Even geduld...</source>
            <translation>Un instant...</translation>
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
            <translation>Pour quel service ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="124" />
            <source>Zo snel mogelijk</source>
            <translation>Dès que possible</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="127" />
            <location filename="../kiosk/ui/counter/slot_picker.py" line="232" />
            <source>Later, vanaf een dag…</source>
            <translation>Plus tard, à partir d'une date…</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="154" />
            <source>Vrije momenten</source>
            <translation>Créneaux libres</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="160" />
            <source>Waar?</source>
            <translation>Où ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="162" />
            <source>Vanaf wanneer?</source>
            <translation>À partir de quand ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="165" />
            <source>Eerstvolgende vrije momenten</source>
            <translation>Prochains créneaux libres</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="178" />
            <source>Kies eerst waarvoor de afspraak is.</source>
            <translation>Choisissez d'abord l'objet du rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="236" />
            <source>Vanaf {date}</source>
            <translation>À partir du {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="250" />
            <source>Alle gebouwen</source>
            <translation>Tous les bâtiments</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="277" />
            <source>Geen enkel gebouw doet deze dienst op afspraak.</source>
            <translation>Aucun bâtiment ne propose ce service sur rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/slot_picker.py" line="282" />
            <source>Vrije momenten zoeken…</source>
            <translation>Recherche de créneaux libres…</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/counter/slot_picker.py" line="298" />
            <source>Geen vrij moment in de komende %n dagen. Kies een ander gebouw.</source>
            <translation>
                <numerusform>Aucun créneau libre dans le prochain jour. Choisissez un autre bâtiment.</numerusform>
                <numerusform>Aucun créneau libre dans les %n prochains jours. Choisissez un autre bâtiment.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="53" />
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="93" />
            <source>Doorsturen</source>
            <translation>Transférer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="60" />
            <source>{number} doorsturen</source>
            <translation>Transférer {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="62" />
            <source>Kies de dienst. De persoon houdt zijn plaats in de rij.</source>
            <translation>Choisissez le service. La personne garde sa place dans la file.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="65" />
            <source>Naar welke dienst?</source>
            <translation>Vers quel service ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="74" />
            <source>{name} (nu)</source>
            <translation>{name} (actuel)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="83" />
            <source>Naar welk loket?</source>
            <translation>Vers quel guichet ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="85" />
            <source>Kies eerst een dienst.</source>
            <translation>Choisissez d'abord un service.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="99" />
            <source>Annuleren</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/transfer_dialog.py" line="145" />
            <source>Elk loket dat dit doet</source>
            <translation>Tout guichet adapté</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="147" />
            <source>Nummer</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="148" />
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="149" />
            <source>Wacht</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="150" />
            <source>Voorrang</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="151" />
            <location filename="../kiosk/ui/counter/models.py" line="175" />
            <source>Doorgestuurd</source>
            <translation>Transféré</translation>
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
            <translation>Rendez-vous {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/counter/models.py" line="174" />
            <source>Naar jou</source>
            <translation>Pour vous</translation>
        </message>
    </context>
</TS>
