<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
    <context>
        <name>BirthScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="49" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="160" />
            <source>Wanneer ben je geboren?</source>
            <translation>Wann sind Sie geboren?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="51" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="161" />
            <source>Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950.</source>
            <translation>Tippen Sie Tag, Monat und Jahr. Für den 2. April 1950 tippen Sie 02 04 1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="56" />
            <source>dag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="56" />
            <source>maand</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="56" />
            <source>jaar</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="64" />
            <source>Wissen</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="66" />
            <source>Zoek mijn afspraak</source>
            <translation>Termin suchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="124" />
            <source>Deze datum kan niet. Kijk hem nog eens na.</source>
            <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie es.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="152" />
            <source>Getypt</source>
            <translation>Getippt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="166" />
            <source>Je datum is getypt.</source>
            <translation>Ihr Datum ist getippt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="167" />
            <source>Typ de cijfers. Druk dan op Enter.</source>
            <translation>Tippen Sie die Ziffern. Drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>CheckInScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="32" />
            <source>Ik heb een afspraak</source>
            <translation>Ich habe einen Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="33" />
            <source>Meld je hier aan. Dan krijg je een ticket.</source>
            <translation>Melden Sie sich hier an. Dann bekommen Sie ein Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="43" />
            <source>Hou de code van je brief voor de scanner.</source>
            <translation>Halten Sie den Code auf Ihrem Brief vor den Scanner.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="45" />
            <source>Het is het vierkantje met zwarte blokjes op je brief.</source>
            <translation>Das ist das kleine Quadrat mit schwarzen Kästchen auf Ihrem Brief.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="47" />
            <source>Dan krijg je meteen je ticket.</source>
            <translation>Dann bekommen Sie sofort Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="53" />
            <source>Lukt het scannen niet?</source>
            <translation>Klappt das Scannen nicht?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="57" />
            <source>Typ je code</source>
            <translation>Code eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="58" />
            <source>De 6 tekens naast het vierkantje op je brief.</source>
            <translation>Die 6 Zeichen neben dem Quadrat auf Ihrem Brief.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="65" />
            <source>Ik heb geen code</source>
            <translation>Ich habe keinen Code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="66" />
            <source>Zoek je afspraak met je familienaam en geboortedatum.</source>
            <translation>Suchen Sie Ihren Termin mit Nachname und Geburtsdatum.</translation>
        </message>
    </context>
    <context>
        <name>ChooseScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="37" />
            <source>Welke afspraak is van jou?</source>
            <translation>Welcher Termin ist Ihrer?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="40" />
            <source>We vonden meer dan één afspraak voor vandaag. Kies de jouwe.</source>
            <translation>Wir haben für heute mehr als einen Termin gefunden. Wählen Sie Ihren.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="64" />
            <source>Om {time}</source>
            <translation>Um {time} Uhr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="69" />
            <source>{service} om {time}</source>
            <translation>{service} um {time} Uhr</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="26" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="110" />
            <source>Typ je code</source>
            <translation>Code eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="28" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="111" />
            <source>Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens.</source>
            <translation>Ihr Code steht auf Ihrem Brief neben dem Quadrat. Er hat 6 Zeichen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="32" />
            <source>Niet alle letters staan hier. De andere heb je niet nodig.</source>
            <translation>Nicht alle Buchstaben sind hier. Die anderen brauchen Sie nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="38" />
            <source>Wissen</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="40" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="94" />
            <source>Je code: {code}</source>
            <translation>Ihr Code: {code}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="115" />
            <source>Typ de letters en cijfers. Druk dan op Enter.</source>
            <translation>Tippen Sie Buchstaben und Ziffern. Drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/widgets.py" line="275" />
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
    </context>
    <context>
        <name>HelpCall</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_call.py" line="68" />
            <source>Dat lukte niet. Vraag het aan de balie of aan een medewerker.</source>
            <translation>Das hat nicht geklappt. Fragen Sie am Empfang oder einen Mitarbeiter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_call.py" line="76" />
            <source>We roepen iemand. Blijf even hier staan.</source>
            <translation>Wir rufen jemanden. Bleiben Sie kurz hier.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_call.py" line="78" />
            <source>Er komt iemand naar je toe.</source>
            <translation>Jemand kommt zu Ihnen.</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="30" />
            <source>Zo neem je een ticket</source>
            <translation>So nehmen Sie ein Ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="31" />
            <source>Het gaat in een paar stappen.</source>
            <translation>Es geht in wenigen Schritten.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="35" />
            <source>Tik op waarvoor je komt.</source>
            <translation>Tippen Sie an, wofür Sie hier sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="36" />
            <source>Zeg of je voorrang nodig hebt.</source>
            <translation>Sagen Sie, ob Sie Vorrang brauchen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="37" />
            <source>Neem je ticket uit de printer.</source>
            <translation>Nehmen Sie Ihr Ticket aus dem Drucker.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="38" />
            <source>Ga zitten in de wachtzaal. Kijk naar het scherm.</source>
            <translation>Setzen Sie sich in den Warteraum. Schauen Sie auf den Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="39" />
            <source>Zie je je nummer? Ga dan naar het loket op het scherm.</source>
            <translation>Sehen Sie Ihre Nummer? Gehen Sie zum Schalter auf dem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="62" />
            <source>Lukt het niet?</source>
            <translation>Klappt es nicht?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="64" />
            <source>Vraag het aan een medewerker.</source>
            <translation>Fragen Sie einen Mitarbeiter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="65" />
            <source>Of aan de vrijwilliger aan de balie.</source>
            <translation>Oder den Helfer am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="66" />
            <source>Zij helpen je graag.</source>
            <translation>Sie helfen Ihnen gerne.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="67" />
            <source>Roep iemand</source>
            <translation>Jemanden rufen</translation>
        </message>
    </context>
    <context>
        <name>IssueScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="36" />
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="39" />
            <source>Probeer opnieuw</source>
            <translation>Noch einmal versuchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="55" />
            <source>Even geduld</source>
            <translation>Einen Moment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="57" />
            <source>We zoeken je afspraak.</source>
            <translation>Wir suchen Ihren Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="57" />
            <source>We maken je ticket.</source>
            <translation>Wir machen Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="63" />
            <source>Er ging iets mis.</source>
            <translation>Etwas ist schiefgegangen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="64" />
            <source>Probeer opnieuw of vraag hulp aan de balie.</source>
            <translation>Versuchen Sie es noch einmal oder fragen Sie am Empfang.</translation>
        </message>
    </context>
    <context>
        <name>KioskCheckIn</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="38" />
            <source>Je afspraak is om {time}.</source>
            <translation>Ihr Termin ist um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="42" />
            <source>We roepen je nummer.</source>
            <translation>Wir rufen Ihre Nummer auf.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="46" />
            <source>Je was al aangemeld. Dit is je ticket nog eens.</source>
            <translation>Sie waren schon angemeldet. Hier ist Ihr Ticket noch einmal.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="53" />
            <source>Je afspraak is morgen om {time}.</source>
            <translation>Ihr Termin ist morgen um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="55" />
            <source>Je afspraak was op {date} om {time}.</source>
            <translation>Ihr Termin war am {date} um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="58" />
            <source>Je afspraak is op {date} om {time}.</source>
            <translation>Ihr Termin ist am {date} um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="73" />
            <source>Je kan je aanmelden vanaf {time}.</source>
            <translation>Sie können sich ab {time} Uhr anmelden.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="75" />
            <source>Ga even zitten en kom dan terug naar hier.</source>
            <translation>Setzen Sie sich kurz und kommen Sie dann hierher zurück.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="76" />
            <source>Je bent vroeg.</source>
            <translation>Sie sind zu früh.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="80" />
            <source>Je bent te laat voor je afspraak.</source>
            <translation>Sie sind zu spät zu Ihrem Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="81" />
            <source>Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk.</source>
            <translation>Kein Problem. Nehmen Sie ein normales Ticket. Wir helfen Ihnen so schnell wie möglich.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="83" />
            <source>Neem een gewoon ticket</source>
            <translation>Normales Ticket nehmen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="90" />
            <source>Je afspraak is al voorbij.</source>
            <translation>Ihr Termin ist schon vorbei.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="90" />
            <source>Je afspraak is op een andere dag.</source>
            <translation>Ihr Termin ist an einem anderen Tag.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Maak een nieuwe afspraak aan de balie.</source>
            <translation>Machen Sie am Empfang einen neuen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="95" />
            <source>Kom dan terug. Heb je een vraag? Vraag het aan de balie.</source>
            <translation>Kommen Sie dann wieder. Haben Sie eine Frage? Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="101" />
            <source>Je afspraak is in een ander gebouw.</source>
            <translation>Ihr Termin ist in einem anderen Gebäude.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="102" />
            <source>Ga naar:</source>
            <translation>Gehen Sie zu:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="110" />
            <source>Deze afspraak gaat niet meer door.</source>
            <translation>Dieser Termin fällt aus.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="111" />
            <source>Vraag het aan de balie. Daar kan je een nieuwe afspraak maken.</source>
            <translation>Fragen Sie am Empfang. Dort bekommen Sie einen neuen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="120" />
            <source>We vinden deze code niet.</source>
            <translation>Wir finden diesen Code nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="122" />
            <source>Kijk of je de code goed hebt getypt.</source>
            <translation>Prüfen Sie, ob Sie den Code richtig getippt haben.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="123" />
            <source>Lukt het niet? Vraag het aan de balie.</source>
            <translation>Klappt es nicht? Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="126" />
            <source>Typ je code opnieuw</source>
            <translation>Code neu eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="135" />
            <source>We vinden geen afspraak.</source>
            <translation>Wir finden keinen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="137" />
            <source>We vinden vandaag geen afspraak met deze naam en geboortedatum.</source>
            <translation>Wir finden heute keinen Termin mit diesem Namen und Geburtsdatum.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="138" />
            <source>Kijk of alles juist is. Lukt het niet? Vraag het aan de balie.</source>
            <translation>Prüfen Sie, ob alles stimmt. Klappt es nicht? Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="141" />
            <source>Probeer opnieuw</source>
            <translation>Noch einmal versuchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="152" />
            <source>Zoeken op naam lukt nu niet.</source>
            <translation>Die Suche nach Namen klappt gerade nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="154" />
            <source>Heb je de brief met je code? Typ dan je code.</source>
            <translation>Haben Sie den Brief mit Ihrem Code? Dann tippen Sie Ihren Code ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="155" />
            <source>Of vraag het aan de balie.</source>
            <translation>Oder fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="158" />
            <source>Typ je code</source>
            <translation>Code eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="163" />
            <source>Aanmelden lukt nu niet.</source>
            <translation>Die Anmeldung klappt gerade nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="164" />
            <source>Vraag het aan de balie. Daar helpen we je verder.</source>
            <translation>Fragen Sie am Empfang. Dort hilft man Ihnen weiter.</translation>
        </message>
    </context>
    <context>
        <name>KioskHours</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="87" />
            <source>Dit kan hier nu, tot {end}.</source>
            <translation>Das geht hier jetzt, bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="89" />
            <source>Dit kan hier vandaag vanaf {start}.</source>
            <translation>Das geht hier heute ab {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="91" />
            <source>Dit kan hier morgen van {start} tot {end}.</source>
            <translation>Das geht hier morgen von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="92" />
            <source>Dit kan hier op {date} van {start} tot {end}.</source>
            <translation>Das geht hier am {date} von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="101" />
            <source>Daar kan het nu, tot {end}.</source>
            <translation>Dort geht es jetzt, bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="103" />
            <source>Daar kan het vandaag vanaf {start}.</source>
            <translation>Dort geht es heute ab {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="105" />
            <source>Daar kan het morgen van {start} tot {end}.</source>
            <translation>Dort geht es morgen von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="106" />
            <source>Daar kan het op {date} van {start} tot {end}.</source>
            <translation>Dort geht es am {date} von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="115" />
            <source>Alleen met afspraak</source>
            <translation>Nur mit Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="117" />
            <source>Vandaag niet meer</source>
            <translation>Heute nicht mehr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="119" />
            <source>Vraag het aan de balie</source>
            <translation>Fragen Sie am Empfang</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <source>Nu niet hier</source>
            <translation>Jetzt nicht hier</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="125" />
            <source>Vandaag vanaf {start}</source>
            <translation>Heute ab {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="127" />
            <source>Morgen vanaf {start}</source>
            <translation>Morgen ab {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="128" />
            <source>Op {date}</source>
            <translation>Am {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="136" />
            <source>Maak een afspraak aan de balie, bel {phone} of ga naar {website}.</source>
            <translation>Machen Sie am Empfang einen Termin, rufen Sie {phone} an oder gehen Sie auf {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="140" />
            <source>Maak een afspraak aan de balie of bel {phone}.</source>
            <translation>Machen Sie am Empfang einen Termin oder rufen Sie {phone} an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="142" />
            <source>Maak een afspraak aan de balie of ga naar {website}.</source>
            <translation>Machen Sie am Empfang einen Termin oder gehen Sie auf {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="143" />
            <source>Maak een afspraak aan de balie.</source>
            <translation>Machen Sie am Empfang einen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="161" />
            <source>Hiervoor heb je een afspraak nodig.</source>
            <translation>Dafür brauchen Sie einen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="164" />
            <source>Ik heb al een afspraak</source>
            <translation>Ich habe schon einen Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="169" />
            <source>Sorry, vandaag lukt het niet meer.</source>
            <translation>Leider geht es heute nicht mehr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="170" />
            <source>We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen.</source>
            <translation>Wir schließen bald. Die Zeit reicht nicht mehr, um Ihnen zu helfen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="172" />
            <source>Dit kan nu niet hier.</source>
            <translation>Das geht jetzt nicht hier.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="175" />
            <source>Dit kan nu niet.</source>
            <translation>Das geht jetzt nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="180" />
            <source>Vraag het aan de balie.</source>
            <translation>Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="185" />
            <source>Het kan wel in een ander gebouw:</source>
            <translation>In einem anderen Gebäude geht es:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="204" />
            <source>Vandaag is het {holiday}. Het gemeentehuis is dicht.</source>
            <translation>Heute ist {holiday}. Das Rathaus ist geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="207" />
            <source>Vandaag is het {holiday}. De bibliotheek is dicht.</source>
            <translation>Heute ist {holiday}. Die Bibliothek ist geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="210" />
            <source>Het gemeentehuis is vandaag gesloten.</source>
            <translation>Das Rathaus ist heute geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="211" />
            <source>De bibliotheek is vandaag gesloten.</source>
            <translation>Die Bibliothek ist heute geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="213" />
            <source>Het gemeentehuis is nu gesloten.</source>
            <translation>Das Rathaus ist jetzt geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="214" />
            <source>De bibliotheek is nu gesloten.</source>
            <translation>Die Bibliothek ist jetzt geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="234" />
            <source>We zijn weer open vandaag om {start}.</source>
            <translation>Wir öffnen heute wieder um {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="236" />
            <source>We zijn weer open morgen om {start}.</source>
            <translation>Wir öffnen morgen wieder um {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="237" />
            <source>We zijn weer open op {date} om {start}.</source>
            <translation>Wir öffnen wieder am {date} um {start}.</translation>
        </message>
    </context>
    <context>
        <name>KioskText</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="59" />
            <source>Er is niemand voor jou.</source>
            <translation>Niemand ist vor Ihnen dran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="61" />
            <source>Er is 1 persoon voor jou.</source>
            <translation>1 Person ist vor Ihnen dran.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="62" />
            <source>Er zijn %n mensen voor jou.</source>
            <translation>
                <numerusform>%n Person ist vor Ihnen dran.</numerusform>
                <numerusform>%n Personen sind vor Ihnen dran.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="67" />
            <source>Je bent bijna aan de beurt.</source>
            <translation>Sie sind bald dran.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="69" />
            <source>Je wacht ongeveer %n minuten.</source>
            <translation>
                <numerusform>Sie warten etwa %n Minute.</numerusform>
                <numerusform>Sie warten etwa %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="75" />
            <source>bijna aan de beurt</source>
            <translation>bald dran</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="76" />
            <source>ongeveer %n minuten</source>
            <translation>
                <numerusform>etwa %n Minute</numerusform>
                <numerusform>etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="83" />
            <source>Voorrang</source>
            <translation>Vorrang</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="89" />
            <source>Je nummer</source>
            <translation>Ihre Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="90" />
            <source>Mensen voor jou</source>
            <translation>Personen vor Ihnen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="91" />
            <source>Wachttijd</source>
            <translation>Wartezeit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="92" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scannen Sie den Code. Dann sehen Sie, wann Sie dran sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="93" />
            <source>Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.</source>
            <translation>Behalten Sie dieses Ticket. Schauen Sie auf den Bildschirm im Warteraum.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="101" />
            <source>Je afspraak</source>
            <translation>Ihr Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="102" />
            <source>Wat nu?</source>
            <translation>Was jetzt?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="107" />
            <source>we roepen je nummer</source>
            <translation>wir rufen Ihre Nummer auf</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="112" />
            <source>Afspraak</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="118" />
            <source>Sorry, het papier van de printer is op.</source>
            <translation>Leider hat der Drucker kein Papier mehr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="119" />
            <source>Sorry, de printer werkt nu niet.</source>
            <translation>Leider geht der Drucker gerade nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="124" />
            <source>Dit scherm sluit over 1 seconde.</source>
            <translation>Dieser Bildschirm schließt in 1 Sekunde.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="125" />
            <source>Dit scherm sluit over %n seconden.</source>
            <translation>
                <numerusform>Dieser Bildschirm schließt in %n Sekunde.</numerusform>
                <numerusform>Dieser Bildschirm schließt in %n Sekunden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskTime</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="67" />
            <source>H 'uur'</source>
            <translation>H 'Uhr'</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="67" />
            <source>H:mm 'uur'</source>
            <translation>H:mm 'Uhr'</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="78" />
            <source>dddd d MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="83" />
            <source>d MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="116" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="267" />
            <source>Naar het begin</source>
            <translation>Zum Anfang</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="122" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="271" />
            <source>Terug</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="85" />
            <source>Ticket nemen</source>
            <translation>Ticket nehmen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="104" />
            <source>Hulp nodig?</source>
            <translation>Hilfe?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="265" />
            <source>Klaar</source>
            <translation>Fertig</translation>
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="110" />
            <source>Je koos: {service}</source>
            <translation>Ihre Wahl: {service}</translation>
        </message>
    </context>
    <context>
        <name>NameScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="37" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="130" />
            <source>Wat is je familienaam?</source>
            <translation>Wie ist Ihr Nachname?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="39" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="131" />
            <source>Typ alleen je familienaam, zonder je voornaam.</source>
            <translation>Tippen Sie nur Ihren Nachnamen, ohne Vornamen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="55" />
            <source>Spatie</source>
            <translation>Leerzeichen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="57" />
            <source>Apostrof</source>
            <translation>Apostroph</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="57" />
            <source>Streepje</source>
            <translation>Bindestrich</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="65" />
            <source>Wissen</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="67" />
            <source>Verder</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="87" />
            <source>Je familienaam: {name}</source>
            <translation>Ihr Nachname: {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="122" />
            <source>Getypt</source>
            <translation>Getippt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="134" />
            <source>Je naam is getypt.</source>
            <translation>Ihr Name ist getippt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="135" />
            <source>Typ de letters. Druk dan op Enter.</source>
            <translation>Tippen Sie die Buchstaben. Drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>PriorityScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="40" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="92" />
            <source>Heb je voorrang nodig?</source>
            <translation>Brauchen Sie Vorrang?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="43" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="93" />
            <source>Met voorrang ben je sneller aan de beurt. Kies wat voor jou past.</source>
            <translation>Mit Vorrang sind Sie schneller dran. Wählen Sie, was zu Ihnen passt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="51" />
            <source>Nee, ik wacht gewoon</source>
            <translation>Nein, ich warte normal</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="52" />
            <source>Dit kiezen de meeste mensen.</source>
            <translation>Das wählen die meisten.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="63" />
            <source>Ja, ik ben 65 jaar of ouder</source>
            <translation>Ja, ich bin 65 oder älter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="64" />
            <source>Ja, ik heb een beperking</source>
            <translation>Ja, ich habe eine Behinderung</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="65" />
            <source>Ja, ik ben zwanger</source>
            <translation>Ja, ich bin schwanger</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="85" />
            <source>Je koos: {service}</source>
            <translation>Ihre Wahl: {service}</translation>
        </message>
    </context>
    <context>
        <name>ReachLayout</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="64" />
            <source>Alles lager</source>
            <translation>Alles tiefer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="66" />
            <source>Alle knoppen komen lager. Zo kan je ze ook vanuit een rolstoel aanraken.</source>
            <translation>Alle Tasten rücken nach unten. So erreichen Sie sie auch im Rollstuhl.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="90" />
            <source>Alle knoppen staan nu lager.</source>
            <translation>Alle Tasten sind jetzt weiter unten.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="117" />
            <source>Vorige</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="118" />
            <source>Meer</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="119" />
            <source>Toon het vorige deel van dit scherm.</source>
            <translation>Zeigt den vorigen Teil dieses Bildschirms.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="120" />
            <source>Toon de rest van dit scherm.</source>
            <translation>Zeigt den Rest dieses Bildschirms.</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="186" />
            <source>Voorlezen staat aan.</source>
            <translation>Vorlesen ist an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="187" />
            <source>Gebruik de pijltjes om een keuze te zoeken.</source>
            <translation>Gehen Sie mit den Pfeilen zu Ihrer Wahl.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="188" />
            <source>Druk op Enter om te kiezen.</source>
            <translation>Drücken Sie Enter, um zu wählen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="189" />
            <source>Druk op Escape om terug te gaan.</source>
            <translation>Drücken Sie Escape, um zurückzugehen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="190" />
            <source>Druk op {key} om alles nog eens te horen.</source>
            <translation>Drücken Sie {key}, um alles noch einmal zu hören.</translation>
        </message>
    </context>
    <context>
        <name>ResetWarning</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="54" />
            <source>Meer tijd nodig? Druk dan op Enter.</source>
            <translation>Mehr Zeit nötig? Dann drücken Sie Enter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="148" />
            <source>Ben je er nog?</source>
            <translation>Sind Sie noch da?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="151" />
            <source>Ik heb meer tijd nodig</source>
            <translation>Ich brauche mehr Zeit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="217" />
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="229" />
            <source>Over {n} seconden begint de zuil opnieuw.</source>
            <translation>In {n} Sekunden beginnt der Automat von vorn.</translation>
        </message>
    </context>
    <context>
        <name>SeeingModes</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="201" />
            <source>Grotere letters</source>
            <translation>Größere Schrift</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="202" />
            <source>Meer contrast</source>
            <translation>Mehr Kontrast</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="149" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="363" />
            <source>Waarvoor kom je?</source>
            <translation>Wofür sind Sie hier?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="150" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="282" />
            <source>Tik op wat je komt doen. Dan krijg je een ticket.</source>
            <translation>Tippen Sie auf Ihr Anliegen. Dann bekommen Sie ein Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="154" />
            <source>Ik heb een afspraak</source>
            <translation>Ich habe einen Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="155" />
            <source>Scan je brief of typ je code.</source>
            <translation>Scannen Sie Ihren Brief oder tippen Sie Ihren Code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="184" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="365" />
            <source>De printer werkt nu niet. Je ziet je nummer op het scherm.</source>
            <translation>Der Drucker geht gerade nicht. Sie sehen Ihre Nummer auf dem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="192" />
            <source>Even geduld. De kiosk start op.</source>
            <translation>Einen Moment. Der Automat startet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="258" />
            <source>Er ging iets mis. Even geduld, we proberen opnieuw.</source>
            <translation>Etwas ist schiefgegangen. Einen Moment, wir versuchen es noch einmal.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="284" />
            <source>Tik op wat je komt doen. Dan zie je wanneer het kan.</source>
            <translation>Tippen Sie auf Ihr Anliegen. Dann sehen Sie, wann es geht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="294" />
            <source>Je kan hier nu geen ticket nemen. Vraag het aan de balie.</source>
            <translation>Sie können hier jetzt kein Ticket nehmen. Fragen Sie am Empfang.</translation>
        </message>
    </context>
    <context>
        <name>TerminalWindow</name>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="41" />
            <source>Even geduld. Het scherm start op.</source>
            <translation>Einen Moment. Der Bildschirm startet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="59" />
            <source>Dit scherm werkt nu niet. Vraag hulp aan een medewerker.</source>
            <translation>Dieser Bildschirm geht gerade nicht. Fragen Sie einen Mitarbeiter.</translation>
        </message>
    </context>
    <context>
        <name>TicketScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="82" />
            <source>Ik heb meer tijd nodig</source>
            <translation>Ich brauche mehr Zeit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="122" />
            <source>Je nummer</source>
            <translation>Ihre Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="171" />
            <source>QR-code van je ticket</source>
            <translation>QR-Code Ihres Tickets</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="176" />
            <source>Volg je beurt op je gsm</source>
            <translation>Ihre Nummer am Handy verfolgen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="177" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scannen Sie den Code. Dann sehen Sie, wann Sie dran sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="179" />
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="379" />
            <source>Breng dit mee</source>
            <translation>Bringen Sie mit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="214" />
            <source>Je nummer is {number}</source>
            <translation>Ihre Nummer ist {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="239" />
            <source>We drukken je ticket af.</source>
            <translation>Wir drucken Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="240" />
            <source>Even geduld.</source>
            <translation>Einen Moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="250" />
            <source>Neem je ticket.</source>
            <translation>Nehmen Sie Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="251" />
            <source>Kijk naar het scherm in de wachtzaal.</source>
            <translation>Schauen Sie auf den Bildschirm im Warteraum.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="262" />
            <source>Onthoud je nummer of maak een foto van dit scherm.</source>
            <translation>Merken Sie sich Ihre Nummer oder machen Sie ein Foto vom Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="273" />
            <source>Je ticket staat op dit scherm.</source>
            <translation>Ihr Ticket steht auf diesem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="274" />
            <source>Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen.</source>
            <translation>Merken Sie sich Ihre Nummer oder machen Sie ein Foto. Scannen Sie den Code, um zu sehen, wann Sie dran sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="282" />
            <source>Een medewerker weet het al.</source>
            <translation>Ein Mitarbeiter weiß es schon.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="284" />
            <source>Zeg het aan een medewerker aan de balie.</source>
            <translation>Sagen Sie es einem Mitarbeiter am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="360" />
            <source>Dit scherm sluit bijna.</source>
            <translation>Dieser Bildschirm schließt gleich.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="368" />
            <source>Je nummer is {number}.</source>
            <translation>Ihre Nummer ist {number}.</translation>
        </message>
    </context>
</TS>
