<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>Announcer</name>
        <message>
            <location filename="../kiosk/ui/display/announcer.py" line="51" />
            <source>Nummer {number}, nog eens naar {counter}.</source>
            <translation>Numéro {number}, à nouveau au {counter}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/announcer.py" line="55" />
            <source>Nummer {number}, naar {counter}.</source>
            <translation>Numéro {number}, au {counter}.</translation>
        </message>
    </context>
    <context>
        <name>CallPanel</name>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="52" />
            <location filename="../kiosk/ui/display/call_panel.py" line="134" />
            <source>Welkom!</source>
            <translation>Bienvenue !</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="52" />
            <location filename="../kiosk/ui/display/call_panel.py" line="135" />
            <source>Neem een ticket aan de kiosk.</source>
            <translation>Prenez un ticket à la borne.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="53" />
            <location filename="../kiosk/ui/display/call_panel.py" line="90" />
            <source>Nu aan de beurt</source>
            <translation>C'est au tour de</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="55" />
            <location filename="../kiosk/ui/display/call_panel.py" line="96" />
            <source>Nog eens</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/call_panel.py" line="59" />
            <source>Wacht tot je nummer hier komt.</source>
            <translation>Attendez que votre numéro s'affiche ici.</translation>
        </message>
    </context>
    <context>
        <name>DisplayWindow</name>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="92" />
            <source>Wachtzaal - {branch}</source>
            <translation>Salle d'attente - {branch}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="136" />
            <location filename="../kiosk/ui/display/window.py" line="139" />
            <source>Laatste oproepen</source>
            <translation>Derniers appels</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="142" />
            <source>Nog geen oproepen.</source>
            <translation>Pas encore d'appels.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="256" />
            <source>Geen verbinding met de server. Dit is de laatste stand die we kennen.</source>
            <translation>Pas de connexion au serveur. Voici la dernière situation connue.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="258" />
            <source>Geen verbinding met de server. Dit is de stand van {time}.</source>
            <translation>Pas de connexion au serveur. Voici la situation à {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="282" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/window.py" line="431" />
            <source>Nog eens</source>
            <translation>Rappel</translation>
        </message>
    </context>
    <context>
        <name>RecentCallDelegate</name>
        <message>
            <location filename="../kiosk/ui/display/lists.py" line="123" />
            <source>Nog eens</source>
            <translation>Rappel</translation>
        </message>
    </context>
    <context>
        <name>RecentCallsModel</name>
        <message>
            <location filename="../kiosk/ui/display/models.py" line="58" />
            <source>{number} naar {counter} (nog eens)</source>
            <translation>{number} au {counter} (rappel)</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/display/models.py" line="61" />
            <source>{number} naar {counter}</source>
            <translation>{number} au {counter}</translation>
        </message>
    </context>
    <context>
        <name>WaitingCard</name>
        <message>
            <location filename="../kiosk/ui/display/waiting_card.py" line="35" />
            <source>Zoveel mensen wachten nu</source>
            <translation>Personnes en attente</translation>
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
                <numerusform>{service} : %n personne en attente</numerusform>
                <numerusform>{service} : %n personnes en attente</numerusform>
            </translation>
        </message>
    </context>
</TS>
