<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>WaitingModel</name>
        <message numerus="yes">
            <location filename="../kiosk/ui/display/models.py" line="153" />
            <source>{service}: %n wachtenden</source>
            <translation>
                <numerusform>{service}: %n wachtende</numerusform>
                <numerusform>{service}: %n wachtenden</numerusform>
            </translation>
        </message>
    </context>
</TS>
