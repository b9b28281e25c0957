<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Announcer</name>
        <message>
            <location filename="../kiosk/ui/display/announcer.py" line="51" />
            <source>Nummer {number}, nog eens naar {counter}.</source>
            <translation>Number {number}, again to {counter}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/announcer.py" line="55" />
            <source>Nummer {number}, naar {counter}.</source>
            <translation>Number {number}, to {counter}.</translation>
        </message>
    </context>
    <context>
        <name>CallPanel</name>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="52" />
            <location filename="../kiosk/ui/display/call_panel.py" line="134" />
            <source>Welkom!</source>
            <translation>Welcome!</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="52" />
            <location filename="../kiosk/ui/display/call_panel.py" line="135" />
            <source>Neem een ticket aan de kiosk.</source>
            <translation>Take a ticket at the kiosk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="53" />
            <location filename="../kiosk/ui/display/call_panel.py" line="90" />
            <source>Nu aan de beurt</source>
            <translation>Now serving</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="55" />
            <location filename="../kiosk/ui/display/call_panel.py" line="96" />
            <source>Nog eens</source>
            <translation>Again</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="59" />
            <source>Wacht tot je nummer hier komt.</source>
            <translation>Please wait until your number appears here.</translation>
        </message>
    </context>
    <context>
        <name>DisplayWindow</name>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="92" />
            <source>Wachtzaal - {branch}</source>
            <translation>Waiting room - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="136" />
            <location filename="../kiosk/ui/display/window.py" line="139" />
            <source>Laatste oproepen</source>
            <translation>Latest calls</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="142" />
            <source>Nog geen oproepen.</source>
            <translation>No calls yet.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="256" />
            <source>Geen verbinding met de server. Dit is de laatste stand die we kennen.</source>
            <translation>No connection to the server. This is the latest we know.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="258" />
            <source>Geen verbinding met de server. Dit is de stand van {time}.</source>
            <translation>No connection to the server. This is how things stood at {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="282" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="431" />
            <source>Nog eens</source>
            <translation>Again</translation>
        </message>
    </context>
    <context>
        <name>RecentCallDelegate</name>
        <message>
            <location filename="../kiosk/ui/display/lists.py" line="123" />
            <source>Nog eens</source>
            <translation>Again</translation>
        </message>
    </context>
    <context>
        <name>RecentCallsModel</name>
        <message>
            <location filename="../kiosk/ui/display/models.py" line="58" />
            <source>{number} naar {counter} (nog eens)</source>
            <translation>{number} to {counter} (again)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/models.py" line="61" />
            <source>{number} naar {counter}</source>
            <translation>{number} to {counter}</translation>
        </message>
    </context>
    <context>
        <name>WaitingCard</name>
        <message>
            <location filename="../kiosk/ui/display/waiting_card.py" line="35" />
            <source>Zoveel mensen wachten nu</source>
            <translation>People waiting now</translation>
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
                <numerusform>{service}: %n person waiting</numerusform>
                <numerusform>{service}: %n people waiting</numerusform>
            </translation>
        </message>
    </context>
</TS>
