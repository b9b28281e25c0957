<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
    <context>
        <name>Announcer</name>
        <message>
            <location filename="../kiosk/ui/display/announcer.py" line="51" />
            <source>Nummer {number}, nog eens naar {counter}.</source>
            <translation>Nummer {number}, noch einmal zu {counter}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/announcer.py" line="55" />
            <source>Nummer {number}, naar {counter}.</source>
            <translation>Nummer {number}, zu {counter}.</translation>
        </message>
    </context>
    <context>
        <name>CallPanel</name>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="52" />
            <location filename="../kiosk/ui/display/call_panel.py" line="134" />
            <source>Welkom!</source>
            <translation>Willkommen!</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="52" />
            <location filename="../kiosk/ui/display/call_panel.py" line="135" />
            <source>Neem een ticket aan de kiosk.</source>
            <translation>Nehmen Sie ein Ticket am Automaten.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="53" />
            <location filename="../kiosk/ui/display/call_panel.py" line="90" />
            <source>Nu aan de beurt</source>
            <translation>Jetzt an der Reihe</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="55" />
            <location filename="../kiosk/ui/display/call_panel.py" line="96" />
            <source>Nog eens</source>
            <translation>Erneut</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="59" />
            <source>Wacht tot je nummer hier komt.</source>
            <translation>Bitte warten Sie, bis Ihre Nummer hier erscheint.</translation>
        </message>
    </context>
    <context>
        <name>DisplayWindow</name>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="92" />
            <source>Wachtzaal - {branch}</source>
            <translation>Warteraum - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="136" />
            <location filename="../kiosk/ui/display/window.py" line="139" />
            <source>Laatste oproepen</source>
            <translation>Letzte Aufrufe</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="142" />
            <source>Nog geen oproepen.</source>
            <translation>Noch keine Aufrufe.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="256" />
            <source>Geen verbinding met de server. Dit is de laatste stand die we kennen.</source>
            <translation>Keine Verbindung zum Server. Dies ist der letzte bekannte Stand.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="258" />
            <source>Geen verbinding met de server. Dit is de stand van {time}.</source>
            <translation>Keine Verbindung zum Server. Dies ist der Stand von {time} Uhr.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="282" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="431" />
            <source>Nog eens</source>
            <translation>Erneut</translation>
        </message>
    </context>
    <context>
        <name>RecentCallDelegate</name>
        <message>
            <location filename="../kiosk/ui/display/lists.py" line="123" />
            <source>Nog eens</source>
            <translation>Erneut</translation>
        </message>
    </context>
    <context>
        <name>RecentCallsModel</name>
        <message>
            <location filename="../kiosk/ui/display/models.py" line="58" />
            <source>{number} naar {counter} (nog eens)</source>
            <translation>{number} zu {counter} (erneut)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/models.py" line="61" />
            <source>{number} naar {counter}</source>
            <translation>{number} zu {counter}</translation>
        </message>
    </context>
    <context>
        <name>WaitingCard</name>
        <message>
            <location filename="../kiosk/ui/display/waiting_card.py" line="35" />
            <source>Zoveel mensen wachten nu</source>
            <translation>Wartende Personen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/waiting_card.py" line="96" />
            <source>{page}/{pages}</source>
            <translation>{page}/{pages}</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/display/models.py" line="153" />
            <source>{service}: %n wachtenden</source>
            <translation>
                <numerusform>{service}: %n Person wartet</numerusform>
                <numerusform>{service}: %n Personen warten</numerusform>
            </translation>
        </message>
    </context>
</TS>
