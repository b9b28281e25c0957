<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
    <context>
        <name>BirthScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="127" />
            <source>Wanneer ben je geboren?</source>
            <translation>Wann sind Sie geboren?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="50" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="128" />
            <source>Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950.</source>
            <translation>Tippen Sie Tag, Monat und Jahr ein. Für den 2. April 1950 tippen Sie 02 04 1950 ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>dag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>maand</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>jaar</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="66" />
            <source>Zoek mijn afspraak</source>
            <translation>Termin suchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="89" />
            <source>Deze datum kan niet. Kijk hem nog eens na.</source>
            <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie es.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="96" />
            <source>Je geboortedatum: {date}</source>
            <translation>Ihr Geburtsdatum: {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="98" />
            <source>Je geboortedatum</source>
            <translation>Ihr Geburtsdatum</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="119" />
            <source>Getypt</source>
            <translation>Eingetippt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="133" />
            <source>Je datum is getypt.</source>
            <translation>Ihr Datum ist eingetippt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="134" />
            <source>Typ de cijfers. Druk dan op Enter.</source>
            <translation>Tippen Sie die Ziffern ein. Drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>CheckInScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="29" />
            <source>Ik heb een afspraak</source>
            <translation>Ich habe einen Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="31" />
            <source>Zeg hier dat je er bent. Dan krijg je een ticket.</source>
            <translation>Sagen Sie hier, dass Sie da sind. Dann bekommen Sie ein Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="37" />
            <source>Hou de code van je brief voor de scanner.</source>
            <translation>Halten Sie den Code auf Ihrem Brief vor den Scanner.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="38" />
            <source>Het is het vierkantje met zwarte blokjes op je brief.</source>
            <translation>Das ist das kleine Quadrat mit schwarzen Kästchen auf Ihrem Brief.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="39" />
            <source>Dan krijg je meteen je ticket.</source>
            <translation>Dann bekommen Sie sofort Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="47" />
            <source>Lukt het scannen niet?</source>
            <translation>Klappt das Scannen nicht?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="51" />
            <source>Typ je code</source>
            <translation>Code eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="52" />
            <source>De 6 tekens naast het vierkantje op je brief.</source>
            <translation>Die 6 Zeichen neben dem Quadrat auf Ihrem Brief.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="59" />
            <source>Ik heb geen code</source>
            <translation>Ich habe keinen Code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="60" />
            <source>Zoek je afspraak met je familienaam en geboortedatum.</source>
            <translation>Suchen Sie Ihren Termin mit Ihrem Nachnamen und Ihrem Geburtsdatum.</translation>
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
            <translation>Wir haben für heute mehr als einen Termin gefunden. Wählen Sie Ihren Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="68" />
            <source>Om {time}</source>
            <translation>Um {time} Uhr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="73" />
            <source>{service} om {time}</source>
            <translation>{service} um {time} Uhr</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="24" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="67" />
            <source>Typ je code</source>
            <translation>Code eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="26" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="68" />
            <source>Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens.</source>
            <translation>Ihr Code steht auf Ihrem Brief neben dem Quadrat. Er hat 6 Zeichen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="30" />
            <source>Niet alle letters staan hier. De andere heb je niet nodig.</source>
            <translation>Nicht alle Buchstaben sind hier. Die anderen brauchen Sie nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="36" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="54" />
            <source>Je code: {code}</source>
            <translation>Ihr Code: {code}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="72" />
            <source>Typ de letters en cijfers. Druk dan op Enter.</source>
            <translation>Tippen Sie die Buchstaben und Ziffern ein. Drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/widgets.py" line="282" />
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="73" />
            <source>Ik heb geen hulp meer nodig</source>
            <translation>Ich brauche keine Hilfe mehr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="86" />
            <source>Zo neem je een ticket</source>
            <translation>So nehmen Sie ein Ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="88" />
            <source>Tik op waarvoor je komt.</source>
            <translation>Tippen Sie an, wofür Sie hier sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="89" />
            <source>Zeg of je voorrang nodig hebt.</source>
            <translation>Sagen Sie, ob Sie Vorrang brauchen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="90" />
            <source>Neem je ticket uit de printer.</source>
            <translation>Nehmen Sie Ihr Ticket aus dem Drucker.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="91" />
            <source>Ga zitten in de wachtzaal. Kijk naar het scherm.</source>
            <translation>Setzen Sie sich in den Warteraum. Schauen Sie auf den Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="92" />
            <source>Zie je je nummer op het scherm? Ga dan naar het loket dat erbij staat.</source>
            <translation>Sehen Sie Ihre Nummer auf dem Bildschirm? Dann gehen Sie zu dem Schalter, der daneben steht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <source>Er komt iemand naar je toe.</source>
            <translation>Jemand kommt zu Ihnen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>Blijf even hier staan.</source>
            <translation>Bleiben Sie kurz hier.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Er kon niemand komen.</source>
            <translation>Es konnte niemand kommen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Vraag het aan de balie.</source>
            <translation>Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="137" />
            <source>Dat lukte niet.</source>
            <translation>Das hat nicht geklappt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="138" />
            <source>Vraag het aan de balie of aan een medewerker.</source>
            <translation>Fragen Sie am Empfang oder einen Mitarbeiter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>We roepen iemand.</source>
            <translation>Wir rufen jemanden.</translation>
        </message>
    </context>
    <context>
        <name>IssueScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="51" />
            <source>Probeer opnieuw</source>
            <translation>Noch einmal versuchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="54" />
            <source>Roep iemand</source>
            <translation>Jemanden rufen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="82" />
            <source>Even geduld</source>
            <translation>Einen Moment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We zoeken je afspraak.</source>
            <translation>Wir suchen Ihren Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We maken je ticket.</source>
            <translation>Wir erstellen Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="91" />
            <source>Er ging iets mis.</source>
            <translation>Etwas ist schiefgegangen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="92" />
            <source>Probeer opnieuw of vraag hulp aan de balie.</source>
            <translation>Versuchen Sie es noch einmal oder fragen Sie am Empfang.</translation>
        </message>
    </context>
    <context>
        <name>KeypadScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/screen_base.py" line="84" />
            <source>Wis 1 teken</source>
            <translation>1 Zeichen löschen</translation>
        </message>
    </context>
    <context>
        <name>KioskCheckIn</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="39" />
            <source>Je afspraak is om {time}.</source>
            <translation>Ihr Termin ist um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="43" />
            <source>We roepen je nummer.</source>
            <translation>Wir rufen Ihre Nummer auf.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="47" />
            <source>Je zei al dat je er bent. Hier is je ticket nog eens.</source>
            <translation>Sie haben schon gesagt, dass Sie da sind. Hier ist Ihr Ticket noch einmal.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="54" />
            <source>Je afspraak is morgen om {time}.</source>
            <translation>Ihr Termin ist morgen um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="56" />
            <source>Je afspraak was op {date} om {time}.</source>
            <translation>Ihr Termin war am {date} um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="59" />
            <source>Je afspraak is op {date} om {time}.</source>
            <translation>Ihr Termin ist am {date} um {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="74" />
            <source>Vanaf {time} kan je zeggen dat je er bent.</source>
            <translation>Ab {time} Uhr können Sie hier sagen, dass Sie da sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="78" />
            <source>Ga even zitten en kom dan terug naar hier.</source>
            <translation>Setzen Sie sich kurz und kommen Sie dann hierher zurück.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="79" />
            <source>Je bent vroeg.</source>
            <translation>Sie sind zu früh.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="83" />
            <source>Je bent te laat voor je afspraak.</source>
            <translation>Sie kommen zu spät zu Ihrem Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="84" />
            <source>Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk.</source>
            <translation>Kein Problem. Nehmen Sie ein normales Ticket. Wir helfen Ihnen so schnell wie möglich.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="86" />
            <source>Neem een gewoon ticket</source>
            <translation>Normales Ticket nehmen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is al voorbij.</source>
            <translation>Ihr Termin ist schon vorbei.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is op een andere dag.</source>
            <translation>Ihr Termin ist an einem anderen Tag.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="96" />
            <source>Maak een nieuwe afspraak aan de balie.</source>
            <translation>Machen Sie am Empfang einen neuen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="98" />
            <source>Kom dan terug. Heb je een vraag? Vraag het aan de balie.</source>
            <translation>Kommen Sie dann wieder. Haben Sie eine Frage? Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="106" />
            <source>Je afspraak is in een ander gebouw.</source>
            <translation>Ihr Termin ist in einem anderen Gebäude.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="107" />
            <source>Ga naar:</source>
            <translation>Gehen Sie zu:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="115" />
            <source>Deze afspraak gaat niet meer door.</source>
            <translation>Dieser Termin fällt aus.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="116" />
            <source>Vraag het aan de balie. Daar kan je een nieuwe afspraak maken.</source>
            <translation>Fragen Sie am Empfang. Dort bekommen Sie einen neuen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="125" />
            <source>We vinden deze code niet.</source>
            <translation>Wir finden diesen Code nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="127" />
            <source>Kijk of je de code goed hebt getypt.</source>
            <translation>Prüfen Sie, ob Sie den Code richtig getippt haben.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="128" />
            <source>Lukt het niet? Vraag het aan de balie.</source>
            <translation>Klappt es nicht? Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="131" />
            <source>Typ je code opnieuw</source>
            <translation>Code neu eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="140" />
            <source>We vinden geen afspraak.</source>
            <translation>Wir finden keinen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="142" />
            <source>We vinden vandaag geen afspraak met deze naam en geboortedatum.</source>
            <translation>Wir finden heute keinen Termin mit diesem Namen und Geburtsdatum.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="143" />
            <source>Kijk of alles juist is. Lukt het niet? Vraag het aan de balie.</source>
            <translation>Prüfen Sie, ob alles stimmt. Klappt es nicht? Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="146" />
            <source>Probeer opnieuw</source>
            <translation>Noch einmal versuchen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="157" />
            <source>Zoeken op naam lukt nu niet.</source>
            <translation>Die Suche nach Namen klappt gerade nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="159" />
            <source>Heb je de brief met je code? Typ dan je code.</source>
            <translation>Haben Sie den Brief mit Ihrem Code? Dann tippen Sie Ihren Code ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="160" />
            <source>Of vraag het aan de balie.</source>
            <translation>Oder fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="163" />
            <source>Typ je code</source>
            <translation>Code eintippen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="168" />
            <source>We kunnen je code nu niet nakijken.</source>
            <translation>Wir können Ihren Code gerade nicht prüfen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="169" />
            <source>Vraag het aan de balie. Daar helpen we je verder.</source>
            <translation>Fragen Sie am Empfang. Dort hilft man Ihnen weiter.</translation>
        </message>
    </context>
    <context>
        <name>KioskHours</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="89" />
            <source>Dit kan hier nu, tot {end}.</source>
            <translation>Das geht hier jetzt bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="91" />
            <source>Dit kan hier vandaag vanaf {start}.</source>
            <translation>Das geht hier heute ab {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="93" />
            <source>Dit kan hier morgen van {start} tot {end}.</source>
            <translation>Das geht hier morgen von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="94" />
            <source>Dit kan hier op {date} van {start} tot {end}.</source>
            <translation>Das geht hier am {date} von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="103" />
            <source>Daar kan het nu, tot {end}.</source>
            <translation>Dort geht es jetzt bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="105" />
            <source>Daar kan het vandaag vanaf {start}.</source>
            <translation>Dort geht es heute ab {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="107" />
            <source>Daar kan het morgen van {start} tot {end}.</source>
            <translation>Dort geht es morgen von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="108" />
            <source>Daar kan het op {date} van {start} tot {end}.</source>
            <translation>Dort geht es am {date} von {start} bis {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <source>Vandaag dicht</source>
            <translation>Heute geschlossen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="125" />
            <source>Vandaag niet meer</source>
            <translation>Heute nicht mehr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="123" />
            <source>Alleen met afspraak</source>
            <translation>Nur mit Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="127" />
            <source>Vraag het aan de balie</source>
            <translation>Fragen Sie am Empfang</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="129" />
            <source>Nu niet hier</source>
            <translation>Jetzt nicht hier</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="133" />
            <source>Vandaag vanaf {start}</source>
            <translation>Heute ab {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="135" />
            <source>Morgen vanaf {start}</source>
            <translation>Morgen ab {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="136" />
            <source>Op {date}</source>
            <translation>Am {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="144" />
            <source>Maak een afspraak aan de balie, bel {phone} of ga naar {website}.</source>
            <translation>Machen Sie am Empfang einen Termin, rufen Sie {phone} an oder gehen Sie auf {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="148" />
            <source>Maak een afspraak aan de balie of bel {phone}.</source>
            <translation>Machen Sie am Empfang einen Termin oder rufen Sie {phone} an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="150" />
            <source>Maak een afspraak aan de balie of ga naar {website}.</source>
            <translation>Machen Sie am Empfang einen Termin oder gehen Sie auf {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="151" />
            <source>Maak een afspraak aan de balie.</source>
            <translation>Machen Sie am Empfang einen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="169" />
            <source>Hiervoor heb je een afspraak nodig.</source>
            <translation>Dafür brauchen Sie einen Termin.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="172" />
            <source>Ik heb al een afspraak</source>
            <translation>Ich habe schon einen Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="177" />
            <source>Sorry, vandaag lukt het niet meer.</source>
            <translation>Leider geht es heute nicht mehr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="178" />
            <source>We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen.</source>
            <translation>Wir schließen bald. Die Zeit reicht nicht mehr, um Ihnen zu helfen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="180" />
            <source>Dit kan nu niet hier.</source>
            <translation>Das geht hier jetzt nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="183" />
            <source>Dit kan nu niet.</source>
            <translation>Das geht jetzt nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="188" />
            <source>Vraag het aan de balie.</source>
            <translation>Fragen Sie am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="193" />
            <source>Het kan wel in een ander gebouw:</source>
            <translation>Das geht in einem anderen Gebäude:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="225" />
            <source>Vandaag is het gemeentehuis dicht.</source>
            <translation>Heute ist das Rathaus geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="226" />
            <source>Vandaag is de bibliotheek dicht.</source>
            <translation>Heute ist die Bibliothek geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="228" />
            <source>Het gemeentehuis is nu gesloten.</source>
            <translation>Das Rathaus ist jetzt geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="229" />
            <source>De bibliotheek is nu gesloten.</source>
            <translation>Die Bibliothek ist jetzt geschlossen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="241" />
            <source>Het is {holiday}.</source>
            <translation>Es ist {holiday}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="250" />
            <source>{place} is nu open, tot {end}.</source>
            <translation>{place} ist jetzt bis {end} geöffnet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="254" />
            <source>{place} is vandaag open van {start} tot {end}.</source>
            <translation>{place} ist heute von {start} bis {end} geöffnet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="269" />
            <source>We zijn weer open vandaag om {start}.</source>
            <translation>Wir öffnen heute wieder um {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="271" />
            <source>We zijn weer open morgen om {start}.</source>
            <translation>Wir öffnen morgen wieder um {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="272" />
            <source>We zijn weer open op {date} om {start}.</source>
            <translation>Wir öffnen wieder am {date} um {start}.</translation>
        </message>
    </context>
    <context>
        <name>KioskText</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="59" />
            <source>Er is niemand voor jou.</source>
            <translation>Vor Ihnen ist niemand.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="61" />
            <source>Er is 1 persoon voor jou.</source>
            <translation>Vor Ihnen ist 1 Person.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="62" />
            <source>Er zijn %n mensen voor jou.</source>
            <translation>
                <numerusform>Vor Ihnen ist %n Person.</numerusform>
                <numerusform>Vor Ihnen sind %n Personen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="67" />
            <source>Je bent bijna aan de beurt.</source>
            <translation>Sie sind bald an der Reihe.</translation>
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
            <translation>bald an der Reihe</translation>
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
            <translation>Scannen Sie den Code. Dann sehen Sie, wann Sie an der Reihe sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="93" />
            <source>Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.</source>
            <translation>Bewahren Sie dieses Ticket auf. Schauen Sie auf den Bildschirm im Warteraum.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="101" />
            <source>Je afspraak</source>
            <translation>Ihr Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="102" />
            <source>Wat nu?</source>
            <translation>Wie geht es weiter?</translation>
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
            <translation>Leider funktioniert der Drucker gerade nicht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="125" />
            <source>Over 1 seconde gaat het scherm terug naar het begin.</source>
            <translation>In 1 Sekunde geht der Bildschirm zurück zum Anfang.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="126" />
            <source>Over %n seconden gaat het scherm terug naar het begin.</source>
            <translation>
                <numerusform>In %n Sekunde geht der Bildschirm zurück zum Anfang.</numerusform>
                <numerusform>In %n Sekunden geht der Bildschirm zurück zum Anfang.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="131" />
            <source>Dit scherm sluit over 1 seconde.</source>
            <translation>Dieser Bildschirm schließt sich in 1 Sekunde.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="132" />
            <source>Dit scherm sluit over %n seconden.</source>
            <translation>
                <numerusform>Dieser Bildschirm schließt sich in %n Sekunde.</numerusform>
                <numerusform>Dieser Bildschirm schließt sich in %n Sekunden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskTime</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H 'uur'</source>
            <translation>H 'Uhr'</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H:mm 'uur'</source>
            <translation>H:mm 'Uhr'</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="83" />
            <source>dddd d MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="88" />
            <source>d MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="120" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="261" />
            <source>Naar het begin</source>
            <translation>Zum Anfang</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="126" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="265" />
            <source>Terug</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="70" />
            <source>Ticket nemen</source>
            <translation>Ticket nehmen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="89" />
            <source>Roep iemand</source>
            <translation>Jemanden rufen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="259" />
            <source>Klaar</source>
            <translation>Fertig</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/language_row.py" line="186" />
            <source>Taal</source>
            <translation>Sprache</translation>
        </message>
    </context>
    <context>
        <name>LinkBanner</name>
        <message>
            <location filename="../kiosk/ui/common/link_banner.py" line="49" />
            <source>Deze kiosk moet bijgewerkt worden.</source>
            <translation>Dieser Automat muss aktualisiert werden.</translation>
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="84" />
            <source>Roep iemand</source>
            <translation>Jemanden rufen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="87" />
            <source>Neem een ticket</source>
            <translation>Ticket nehmen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="113" />
            <source>Je koos: {service}</source>
            <translation>Ihre Wahl: {service}</translation>
        </message>
    </context>
    <context>
        <name>NameScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="34" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="112" />
            <source>Wat is je familienaam?</source>
            <translation>Wie ist Ihr Nachname?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="36" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="113" />
            <source>Typ alleen je familienaam, zonder je voornaam.</source>
            <translation>Tippen Sie nur Ihren Nachnamen ein, ohne Vornamen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="52" />
            <source>Spatie</source>
            <translation>Leerzeichen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Apostrof</source>
            <translation>Apostroph</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Streepje</source>
            <translation>Bindestrich</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="62" />
            <source>Verder</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="73" />
            <source>Je familienaam: {name}</source>
            <translation>Ihr Nachname: {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="104" />
            <source>Getypt</source>
            <translation>Eingetippt</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="116" />
            <source>Je naam is getypt.</source>
            <translation>Ihr Name ist eingetippt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="117" />
            <source>Typ de letters. Druk dan op Enter.</source>
            <translation>Tippen Sie die Buchstaben ein. Drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>PriorityScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="43" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="93" />
            <source>Heb je voorrang nodig?</source>
            <translation>Brauchen Sie Vorrang?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="46" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="94" />
            <source>Met voorrang ben je sneller aan de beurt. Kies wat voor jou past.</source>
            <translation>Mit Vorrang sind Sie schneller an der Reihe. Wählen Sie, was zu Ihnen passt.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="53" />
            <source>Nee, ik wacht gewoon</source>
            <translation>Nein, ich warte normal</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="57" />
            <source>Ja, ik ben 65 jaar of ouder</source>
            <translation>Ja, ich bin 65 Jahre oder älter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="58" />
            <source>Ja, ik heb een beperking</source>
            <translation>Ja, ich habe eine Behinderung</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="59" />
            <source>Ja, ik ben zwanger</source>
            <translation>Ja, ich bin schwanger</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="86" />
            <source>Je koos: {service}</source>
            <translation>Ihre Wahl: {service}</translation>
        </message>
    </context>
    <context>
        <name>ReachLayout</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="110" />
            <source>Vorige</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="111" />
            <source>Meer</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="112" />
            <source>Toon het vorige deel van dit scherm.</source>
            <translation>Zeigt den vorigen Teil dieses Bildschirms.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="113" />
            <source>Toon de rest van dit scherm.</source>
            <translation>Zeigt den Rest dieses Bildschirms.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="125" />
            <source>{page}/{pages}</source>
            <translation>{page}/{pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="127" />
            <source>Deel {page} van {pages}</source>
            <translation>Teil {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="67" />
            <source>Alles lager</source>
            <translation>Alles tiefer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="69" />
            <source>Alle knoppen komen lager. Zo kan je ze ook vanuit een rolstoel aanraken.</source>
            <translation>Alle Knöpfe rücken nach unten. So erreichen Sie sie auch im Rollstuhl.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="94" />
            <source>Alle knoppen staan nu lager.</source>
            <translation>Alle Knöpfe sind jetzt weiter unten.</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="190" />
            <source>Voorlezen staat aan.</source>
            <translation>Vorlesen ist an.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="191" />
            <source>Gebruik de pijltjes om een keuze te zoeken.</source>
            <translation>Suchen Sie mit den Pfeiltasten eine Wahl aus.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="192" />
            <source>Druk op Enter om te kiezen.</source>
            <translation>Drücken Sie Enter, um zu wählen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="193" />
            <source>Druk op Escape om terug te gaan.</source>
            <translation>Drücken Sie Escape, um zurückzugehen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="194" />
            <source>Druk op {key} om alles nog eens te horen.</source>
            <translation>Drücken Sie {key}, um alles noch einmal zu hören.</translation>
        </message>
    </context>
    <context>
        <name>ResetWarning</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="58" />
            <source>Meer tijd nodig? Druk dan op Enter.</source>
            <translation>Brauchen Sie mehr Zeit? Drücken Sie dann Enter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="154" />
            <source>Ben je er nog?</source>
            <translation>Sind Sie noch da?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="157" />
            <source>Ik heb meer tijd nodig</source>
            <translation>Ich brauche mehr Zeit</translation>
        </message>
    </context>
    <context>
        <name>SeeingModes</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="174" />
            <source>Grotere letters</source>
            <translation>Größere Schrift</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="175" />
            <source>Meer contrast</source>
            <translation>Mehr Kontrast</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="177" />
            <source>Lees voor</source>
            <translation>Vorlesen</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="145" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="365" />
            <source>Waarvoor kom je?</source>
            <translation>Wofür sind Sie hier?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="147" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="273" />
            <source>Tik op wat je komt doen. Dan krijg je een ticket.</source>
            <translation>Tippen Sie auf Ihr Anliegen. Dann bekommen Sie ein Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="151" />
            <source>Ik heb een afspraak</source>
            <translation>Ich habe einen Termin</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="152" />
            <source>Scan je brief of typ je code.</source>
            <translation>Scannen Sie Ihren Brief oder tippen Sie Ihren Code ein.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="181" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="367" />
            <source>De printer werkt nu niet. Je ziet je nummer op het scherm.</source>
            <translation>Der Drucker funktioniert gerade nicht. Sie sehen Ihre Nummer auf dem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="189" />
            <source>Even geduld. De kiosk start op.</source>
            <translation>Einen Moment. Der Automat startet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="255" />
            <source>Er ging iets mis. Even geduld, we proberen opnieuw.</source>
            <translation>Etwas ist schiefgegangen. Einen Moment, wir versuchen es noch einmal.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="275" />
            <source>Tik op wat je komt doen. Dan zie je wanneer het kan.</source>
            <translation>Tippen Sie auf Ihr Anliegen. Dann sehen Sie, wann es geht.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="285" />
            <source>Je kan hier nu geen ticket nemen. Vraag het aan de balie.</source>
            <translation>Sie können hier jetzt kein Ticket nehmen. Fragen Sie am Empfang.</translation>
        </message>
    </context>
    <context>
        <name>StartupProblem</name>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="24" />
            <source>Dit toestel is niet aangemeld bij de server: het heeft geen sleutel. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>Dieses Gerät ist beim Server nicht angemeldet: Es hat keinen Schlüssel. Was tun: Bitten Sie die IT-Abteilung, es mit einem neuen Code erneut anzumelden.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="28" />
            <source>De server %1 is niet bereikbaar. Dit toestel had er nog nooit contact mee. Wat te doen: controleer de netwerkverbinding. Het toestel probeert het straks zelf opnieuw.</source>
            <translation>Der Server %1 ist nicht erreichbar, und dieses Gerät hatte noch nie Kontakt mit ihm. Was tun: Prüfen Sie die Netzwerkverbindung. Das Gerät versucht es gleich selbst erneut.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="33" />
            <source>De server aanvaardt dit toestel niet meer: het werd uitgeschakeld. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>Der Server akzeptiert dieses Gerät nicht mehr: Es wurde abgeschaltet. Was tun: Bitten Sie die IT-Abteilung, es mit einem neuen Code erneut anzumelden.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="37" />
            <source>De server %1 stuurde de wachtrij niet op tijd. Wat te doen: even wachten, het toestel probeert het straks zelf opnieuw. Blijft dit duren, verwittig dan de dienst ICT.</source>
            <translation>Der Server %1 hat die Warteschlange nicht rechtzeitig gesendet. Was tun: Warten Sie kurz, das Gerät versucht es gleich selbst erneut. Hält das an, informieren Sie die IT-Abteilung.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="41" />
            <source>Dit toestel moet bijgewerkt worden. Het en de server %1 spreken een andere versie. Wat te doen: verwittig de dienst ICT.</source>
            <translation>Dieses Gerät muss aktualisiert werden: Es und der Server %1 sprechen eine andere Version. Was tun: Informieren Sie die IT-Abteilung.</translation>
        </message>
    </context>
    <context>
        <name>Terminal</name>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="172" />
            <source>Kiosk</source>
            <translation>Automat</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="173" />
            <source>Loket</source>
            <translation>Schalter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="174" />
            <source>Wachtzaal</source>
            <translation>Warteraum</translation>
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
            <location filename="../kiosk/ui/common/boot.py" line="77" />
            <source>Dit scherm werkt nu niet. Vraag hulp aan een medewerker.</source>
            <translation>Dieser Bildschirm funktioniert gerade nicht. Fragen Sie einen Mitarbeiter.</translation>
        </message>
    </context>
    <context>
        <name>TicketScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="120" />
            <source>Je nummer</source>
            <translation>Ihre Nummer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="169" />
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="333" />
            <source>Breng dit mee</source>
            <translation>Bringen Sie mit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="211" />
            <source>QR-code van je ticket</source>
            <translation>QR-Code Ihres Tickets</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="217" />
            <source>Volg je beurt op je gsm</source>
            <translation>Ihre Nummer am Handy verfolgen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="219" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scannen Sie den Code. Dann sehen Sie, wann Sie an der Reihe sind.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="223" />
            <source>Ik heb meer tijd nodig</source>
            <translation>Ich brauche mehr Zeit</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="159" />
            <source>Je nummer is {number}</source>
            <translation>Ihre Nummer ist {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="183" />
            <source>We drukken je ticket af.</source>
            <translation>Wir drucken Ihr Ticket aus.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="184" />
            <source>Even geduld.</source>
            <translation>Einen Moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="192" />
            <source>Neem je ticket.</source>
            <translation>Nehmen Sie Ihr Ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="193" />
            <source>Kijk naar het scherm in de wachtzaal.</source>
            <translation>Schauen Sie auf den Bildschirm im Warteraum.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="202" />
            <source>Onthoud je nummer of maak een foto van dit scherm.</source>
            <translation>Merken Sie sich Ihre Nummer oder machen Sie ein Foto von diesem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="211" />
            <source>Je ticket staat op dit scherm.</source>
            <translation>Ihr Ticket steht auf diesem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="212" />
            <source>Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen.</source>
            <translation>Merken Sie sich Ihre Nummer oder machen Sie ein Foto. Scannen Sie den Code, um Ihre Nummer zu verfolgen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="236" />
            <source>Een medewerker weet het al.</source>
            <translation>Ein Mitarbeiter weiß es schon.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="238" />
            <source>Zeg het aan een medewerker aan de balie.</source>
            <translation>Sagen Sie es einem Mitarbeiter am Empfang.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="314" />
            <source>Dit scherm sluit bijna.</source>
            <translation>Dieser Bildschirm schließt sich gleich.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="322" />
            <source>Je nummer is {number}.</source>
            <translation>Ihre Nummer ist {number}.</translation>
        </message>
    </context>
</TS>
