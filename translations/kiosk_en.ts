<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>BirthScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="127" />
            <source>Wanneer ben je geboren?</source>
            <translation>When were you born?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="50" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="128" />
            <source>Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950.</source>
            <translation>Type the day, the month and the year. For 2 April 1950, type 02 04 1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>dag</source>
            <translation>day</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>maand</source>
            <translation>month</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>jaar</source>
            <translation>year</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="66" />
            <source>Zoek mijn afspraak</source>
            <translation>Find my appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="89" />
            <source>Deze datum kan niet. Kijk hem nog eens na.</source>
            <translation>This date is not possible. Please check it.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="96" />
            <source>Je geboortedatum: {date}</source>
            <translation>Your date of birth: {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="98" />
            <source>Je geboortedatum</source>
            <translation>Your date of birth</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="119" />
            <source>Getypt</source>
            <translation>Typed</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="133" />
            <source>Je datum is getypt.</source>
            <translation>Your date is typed.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="134" />
            <source>Typ de cijfers. Druk dan op Enter.</source>
            <translation>Type the numbers. Then press Enter.</translation>
        </message>
    </context>
    <context>
        <name>CheckInScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="29" />
            <source>Ik heb een afspraak</source>
            <translation>I have an appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="31" />
            <source>Zeg hier dat je er bent. Dan krijg je een ticket.</source>
            <translation>Tell us here that you have arrived. Then you get a ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="37" />
            <source>Hou de code van je brief voor de scanner.</source>
            <translation>Hold the code on your letter in front of the scanner.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="38" />
            <source>Het is het vierkantje met zwarte blokjes op je brief.</source>
            <translation>It is the small square with black blocks on your letter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="39" />
            <source>Dan krijg je meteen je ticket.</source>
            <translation>Then you get your ticket right away.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="47" />
            <source>Lukt het scannen niet?</source>
            <translation>Scanning not working?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="51" />
            <source>Typ je code</source>
            <translation>Type your code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="52" />
            <source>De 6 tekens naast het vierkantje op je brief.</source>
            <translation>The 6 characters next to the square on your letter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="59" />
            <source>Ik heb geen code</source>
            <translation>I have no code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="60" />
            <source>Zoek je afspraak met je familienaam en geboortedatum.</source>
            <translation>Find your appointment with your family name and date of birth.</translation>
        </message>
    </context>
    <context>
        <name>ChooseScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="37" />
            <source>Welke afspraak is van jou?</source>
            <translation>Which appointment is yours?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="40" />
            <source>We vonden meer dan één afspraak voor vandaag. Kies de jouwe.</source>
            <translation>We found more than one appointment for today. Choose yours.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="68" />
            <source>Om {time}</source>
            <translation>At {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="73" />
            <source>{service} om {time}</source>
            <translation>{service} at {time}</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="24" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="67" />
            <source>Typ je code</source>
            <translation>Type your code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="26" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="68" />
            <source>Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens.</source>
            <translation>Your code is on your letter, next to the square. It has 6 characters.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="30" />
            <source>Niet alle letters staan hier. De andere heb je niet nodig.</source>
            <translation>Not all letters are here. You do not need the others.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="36" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="54" />
            <source>Je code: {code}</source>
            <translation>Your code: {code}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="72" />
            <source>Typ de letters en cijfers. Druk dan op Enter.</source>
            <translation>Type the letters and numbers. Then press Enter.</translation>
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
            <translation>I no longer need help</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="86" />
            <source>Zo neem je een ticket</source>
            <translation>How to take a ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="88" />
            <source>Tik op waarvoor je komt.</source>
            <translation>Tap what you came for.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="89" />
            <source>Zeg of je voorrang nodig hebt.</source>
            <translation>Say if you need to go first.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="90" />
            <source>Neem je ticket uit de printer.</source>
            <translation>Take your ticket from the printer.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="91" />
            <source>Ga zitten in de wachtzaal. Kijk naar het scherm.</source>
            <translation>Sit down in the waiting room. Watch the screen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="92" />
            <source>Zie je je nummer op het scherm? Ga dan naar het loket dat erbij staat.</source>
            <translation>Do you see your number on the screen? Then go to the counter shown next to it.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <source>Er komt iemand naar je toe.</source>
            <translation>Someone is coming to you.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>Blijf even hier staan.</source>
            <translation>Please stay here.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Er kon niemand komen.</source>
            <translation>Nobody could come.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Vraag het aan de balie.</source>
            <translation>Ask at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="137" />
            <source>Dat lukte niet.</source>
            <translation>That did not work.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="138" />
            <source>Vraag het aan de balie of aan een medewerker.</source>
            <translation>Ask at the desk or ask a member of staff.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>We roepen iemand.</source>
            <translation>We are calling someone.</translation>
        </message>
    </context>
    <context>
        <name>IssueScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="51" />
            <source>Probeer opnieuw</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="54" />
            <source>Roep iemand</source>
            <translation>Call someone</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="82" />
            <source>Even geduld</source>
            <translation>One moment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We zoeken je afspraak.</source>
            <translation>We are looking for your appointment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We maken je ticket.</source>
            <translation>We are making your ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="91" />
            <source>Er ging iets mis.</source>
            <translation>Something went wrong.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="92" />
            <source>Probeer opnieuw of vraag hulp aan de balie.</source>
            <translation>Try again or ask for help at the desk.</translation>
        </message>
    </context>
    <context>
        <name>KeypadScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/screen_base.py" line="84" />
            <source>Wis 1 teken</source>
            <translation>Delete 1 character</translation>
        </message>
    </context>
    <context>
        <name>KioskCheckIn</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="39" />
            <source>Je afspraak is om {time}.</source>
            <translation>Your appointment is at {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="43" />
            <source>We roepen je nummer.</source>
            <translation>We will call your number.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="47" />
            <source>Je zei al dat je er bent. Hier is je ticket nog eens.</source>
            <translation>You already told us you are here. Here is your ticket again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="54" />
            <source>Je afspraak is morgen om {time}.</source>
            <translation>Your appointment is tomorrow at {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="56" />
            <source>Je afspraak was op {date} om {time}.</source>
            <translation>Your appointment was on {date} at {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="59" />
            <source>Je afspraak is op {date} om {time}.</source>
            <translation>Your appointment is on {date} at {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="74" />
            <source>Vanaf {time} kan je zeggen dat je er bent.</source>
            <translation>From {time} you can tell us here that you have arrived.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="78" />
            <source>Ga even zitten en kom dan terug naar hier.</source>
            <translation>Sit down for a while, then come back here.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="79" />
            <source>Je bent vroeg.</source>
            <translation>You are early.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="83" />
            <source>Je bent te laat voor je afspraak.</source>
            <translation>You are late for your appointment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="84" />
            <source>Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk.</source>
            <translation>No problem. Take a normal ticket. We will help you as soon as we can.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="86" />
            <source>Neem een gewoon ticket</source>
            <translation>Take a normal ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is al voorbij.</source>
            <translation>Your appointment is already over.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is op een andere dag.</source>
            <translation>Your appointment is on another day.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="96" />
            <source>Maak een nieuwe afspraak aan de balie.</source>
            <translation>Make a new appointment at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="98" />
            <source>Kom dan terug. Heb je een vraag? Vraag het aan de balie.</source>
            <translation>Come back then. Do you have a question? Ask at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="106" />
            <source>Je afspraak is in een ander gebouw.</source>
            <translation>Your appointment is in another building.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="107" />
            <source>Ga naar:</source>
            <translation>Go to:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="115" />
            <source>Deze afspraak gaat niet meer door.</source>
            <translation>This appointment has been cancelled.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="116" />
            <source>Vraag het aan de balie. Daar kan je een nieuwe afspraak maken.</source>
            <translation>Ask at the desk. You can make a new appointment there.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="125" />
            <source>We vinden deze code niet.</source>
            <translation>We cannot find this code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="127" />
            <source>Kijk of je de code goed hebt getypt.</source>
            <translation>Check that you typed the code correctly.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="128" />
            <source>Lukt het niet? Vraag het aan de balie.</source>
            <translation>Not working? Ask at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="131" />
            <source>Typ je code opnieuw</source>
            <translation>Type your code again</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="140" />
            <source>We vinden geen afspraak.</source>
            <translation>We cannot find an appointment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="142" />
            <source>We vinden vandaag geen afspraak met deze naam en geboortedatum.</source>
            <translation>We cannot find an appointment today with this name and date of birth.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="143" />
            <source>Kijk of alles juist is. Lukt het niet? Vraag het aan de balie.</source>
            <translation>Check that everything is right. Not working? Ask at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="146" />
            <source>Probeer opnieuw</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="157" />
            <source>Zoeken op naam lukt nu niet.</source>
            <translation>Searching by name does not work right now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="159" />
            <source>Heb je de brief met je code? Typ dan je code.</source>
            <translation>Do you have the letter with your code? Then type your code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="160" />
            <source>Of vraag het aan de balie.</source>
            <translation>Or ask at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="163" />
            <source>Typ je code</source>
            <translation>Type your code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="168" />
            <source>We kunnen je code nu niet nakijken.</source>
            <translation>We cannot check your code right now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="169" />
            <source>Vraag het aan de balie. Daar helpen we je verder.</source>
            <translation>Ask at the desk. They will help you there.</translation>
        </message>
    </context>
    <context>
        <name>KioskHours</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="89" />
            <source>Dit kan hier nu, tot {end}.</source>
            <translation>You can do this here now, until {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="91" />
            <source>Dit kan hier vandaag vanaf {start}.</source>
            <translation>You can do this here today from {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="93" />
            <source>Dit kan hier morgen van {start} tot {end}.</source>
            <translation>You can do this here tomorrow from {start} to {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="94" />
            <source>Dit kan hier op {date} van {start} tot {end}.</source>
            <translation>You can do this here on {date} from {start} to {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="103" />
            <source>Daar kan het nu, tot {end}.</source>
            <translation>You can do it there now, until {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="105" />
            <source>Daar kan het vandaag vanaf {start}.</source>
            <translation>You can do it there today from {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="107" />
            <source>Daar kan het morgen van {start} tot {end}.</source>
            <translation>You can do it there tomorrow from {start} to {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="108" />
            <source>Daar kan het op {date} van {start} tot {end}.</source>
            <translation>You can do it there on {date} from {start} to {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <source>Vandaag dicht</source>
            <translation>Closed today</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="125" />
            <source>Vandaag niet meer</source>
            <translation>Finished for today</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="123" />
            <source>Alleen met afspraak</source>
            <translation>Only with an appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="127" />
            <source>Vraag het aan de balie</source>
            <translation>Ask at the desk</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="129" />
            <source>Nu niet hier</source>
            <translation>Not here now</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="133" />
            <source>Vandaag vanaf {start}</source>
            <translation>Today from {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="135" />
            <source>Morgen vanaf {start}</source>
            <translation>Tomorrow from {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="136" />
            <source>Op {date}</source>
            <translation>On {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="144" />
            <source>Maak een afspraak aan de balie, bel {phone} of ga naar {website}.</source>
            <translation>Make an appointment at the desk, call {phone} or go to {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="148" />
            <source>Maak een afspraak aan de balie of bel {phone}.</source>
            <translation>Make an appointment at the desk or call {phone}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="150" />
            <source>Maak een afspraak aan de balie of ga naar {website}.</source>
            <translation>Make an appointment at the desk or go to {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="151" />
            <source>Maak een afspraak aan de balie.</source>
            <translation>Make an appointment at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="169" />
            <source>Hiervoor heb je een afspraak nodig.</source>
            <translation>You need an appointment for this.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="172" />
            <source>Ik heb al een afspraak</source>
            <translation>I already have an appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="177" />
            <source>Sorry, vandaag lukt het niet meer.</source>
            <translation>Sorry, it is no longer possible today.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="178" />
            <source>We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen.</source>
            <translation>We close soon. There is not enough time left to help you.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="180" />
            <source>Dit kan nu niet hier.</source>
            <translation>This is not possible here now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="183" />
            <source>Dit kan nu niet.</source>
            <translation>This is not possible now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="188" />
            <source>Vraag het aan de balie.</source>
            <translation>Ask at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="193" />
            <source>Het kan wel in een ander gebouw:</source>
            <translation>You can do it in another building:</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="225" />
            <source>Vandaag is het gemeentehuis dicht.</source>
            <translation>The town hall is closed today.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="226" />
            <source>Vandaag is de bibliotheek dicht.</source>
            <translation>The library is closed today.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="228" />
            <source>Het gemeentehuis is nu gesloten.</source>
            <translation>The town hall is closed now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="229" />
            <source>De bibliotheek is nu gesloten.</source>
            <translation>The library is closed now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="241" />
            <source>Het is {holiday}.</source>
            <translation>It is {holiday}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="250" />
            <source>{place} is nu open, tot {end}.</source>
            <translation>{place} is open now, until {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="254" />
            <source>{place} is vandaag open van {start} tot {end}.</source>
            <translation>{place} is open today from {start} to {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="269" />
            <source>We zijn weer open vandaag om {start}.</source>
            <translation>We open again today at {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="271" />
            <source>We zijn weer open morgen om {start}.</source>
            <translation>We open again tomorrow at {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="272" />
            <source>We zijn weer open op {date} om {start}.</source>
            <translation>We open again on {date} at {start}.</translation>
        </message>
    </context>
    <context>
        <name>KioskText</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="59" />
            <source>Er is niemand voor jou.</source>
            <translation>There is nobody ahead of you.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="61" />
            <source>Er is 1 persoon voor jou.</source>
            <translation>There is 1 person ahead of you.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="62" />
            <source>Er zijn %n mensen voor jou.</source>
            <translation>
                <numerusform>There is %n person ahead of you.</numerusform>
                <numerusform>There are %n people ahead of you.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="67" />
            <source>Je bent bijna aan de beurt.</source>
            <translation>It is almost your turn.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="69" />
            <source>Je wacht ongeveer %n minuten.</source>
            <translation>
                <numerusform>You will wait about %n minute.</numerusform>
                <numerusform>You will wait about %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="75" />
            <source>bijna aan de beurt</source>
            <translation>almost your turn</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="76" />
            <source>ongeveer %n minuten</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="83" />
            <source>Voorrang</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="89" />
            <source>Je nummer</source>
            <translation>Your number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="90" />
            <source>Mensen voor jou</source>
            <translation>People ahead of you</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="91" />
            <source>Wachttijd</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="92" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scan the code. Then you can see when it is your turn.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="93" />
            <source>Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.</source>
            <translation>Keep this ticket. Watch the screen in the waiting room.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="101" />
            <source>Je afspraak</source>
            <translation>Your appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="102" />
            <source>Wat nu?</source>
            <translation>What now?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="107" />
            <source>we roepen je nummer</source>
            <translation>we will call your number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="112" />
            <source>Afspraak</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="118" />
            <source>Sorry, het papier van de printer is op.</source>
            <translation>Sorry, the printer is out of paper.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="119" />
            <source>Sorry, de printer werkt nu niet.</source>
            <translation>Sorry, the printer is not working now.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="125" />
            <source>Over 1 seconde gaat het scherm terug naar het begin.</source>
            <translation>In 1 second the screen goes back to the start.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="126" />
            <source>Over %n seconden gaat het scherm terug naar het begin.</source>
            <translation>
                <numerusform>In %n second the screen goes back to the start.</numerusform>
                <numerusform>In %n seconds the screen goes back to the start.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="131" />
            <source>Dit scherm sluit over 1 seconde.</source>
            <translation>This screen closes in 1 second.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="132" />
            <source>Dit scherm sluit over %n seconden.</source>
            <translation>
                <numerusform>This screen closes in %n second.</numerusform>
                <numerusform>This screen closes in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskTime</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H 'uur'</source>
            <translation>hap</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H:mm 'uur'</source>
            <translation>h:mmap</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="83" />
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="88" />
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="120" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="261" />
            <source>Naar het begin</source>
            <translation>Back to start</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="126" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="265" />
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="70" />
            <source>Ticket nemen</source>
            <translation>Take a ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="89" />
            <source>Roep iemand</source>
            <translation>Call someone</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="259" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/language_row.py" line="186" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>LinkBanner</name>
        <message>
            <location filename="../kiosk/ui/common/link_banner.py" line="49" />
            <source>Deze kiosk moet bijgewerkt worden.</source>
            <translation>This kiosk must be updated.</translation>
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="84" />
            <source>Roep iemand</source>
            <translation>Call someone</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="87" />
            <source>Neem een ticket</source>
            <translation>Take a ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="113" />
            <source>Je koos: {service}</source>
            <translation>You chose: {service}</translation>
        </message>
    </context>
    <context>
        <name>NameScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="34" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="112" />
            <source>Wat is je familienaam?</source>
            <translation>What is your family name?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="36" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="113" />
            <source>Typ alleen je familienaam, zonder je voornaam.</source>
            <translation>Type only your family name, without your first name.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="52" />
            <source>Spatie</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Apostrof</source>
            <translation>Apostrophe</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Streepje</source>
            <translation>Hyphen</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="62" />
            <source>Verder</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="73" />
            <source>Je familienaam: {name}</source>
            <translation>Your family name: {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="104" />
            <source>Getypt</source>
            <translation>Typed</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="116" />
            <source>Je naam is getypt.</source>
            <translation>Your name is typed.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="117" />
            <source>Typ de letters. Druk dan op Enter.</source>
            <translation>Type the letters. Then press Enter.</translation>
        </message>
    </context>
    <context>
        <name>PriorityScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="43" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="93" />
            <source>Heb je voorrang nodig?</source>
            <translation>Do you need to go first?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="46" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="94" />
            <source>Met voorrang ben je sneller aan de beurt. Kies wat voor jou past.</source>
            <translation>With priority, your turn comes sooner. Choose what fits you.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="53" />
            <source>Nee, ik wacht gewoon</source>
            <translation>No, I will just wait</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="57" />
            <source>Ja, ik ben 65 jaar of ouder</source>
            <translation>Yes, I am 65 or older</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="58" />
            <source>Ja, ik heb een beperking</source>
            <translation>Yes, I have a disability</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="59" />
            <source>Ja, ik ben zwanger</source>
            <translation>Yes, I am pregnant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="86" />
            <source>Je koos: {service}</source>
            <translation>You chose: {service}</translation>
        </message>
    </context>
    <context>
        <name>ReachLayout</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="110" />
            <source>Vorige</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="111" />
            <source>Meer</source>
            <translation>More</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="112" />
            <source>Toon het vorige deel van dit scherm.</source>
            <translation>Shows the previous part of this screen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="113" />
            <source>Toon de rest van dit scherm.</source>
            <translation>Shows the rest of this screen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="125" />
            <source>{page}/{pages}</source>
            <translation>{page}/{pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="127" />
            <source>Deel {page} van {pages}</source>
            <translation>Part {page} of {pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="67" />
            <source>Alles lager</source>
            <translation>Everything lower</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="69" />
            <source>Alle knoppen komen lager. Zo kan je ze ook vanuit een rolstoel aanraken.</source>
            <translation>All buttons move lower, so you can also reach them from a wheelchair.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="94" />
            <source>Alle knoppen staan nu lager.</source>
            <translation>All buttons are lower now.</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="190" />
            <source>Voorlezen staat aan.</source>
            <translation>Reading aloud is on.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="191" />
            <source>Gebruik de pijltjes om een keuze te zoeken.</source>
            <translation>Use the arrows to find a choice.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="192" />
            <source>Druk op Enter om te kiezen.</source>
            <translation>Press Enter to choose.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="193" />
            <source>Druk op Escape om terug te gaan.</source>
            <translation>Press Escape to go back.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="194" />
            <source>Druk op {key} om alles nog eens te horen.</source>
            <translation>Press {key} to hear everything again.</translation>
        </message>
    </context>
    <context>
        <name>ResetWarning</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="58" />
            <source>Meer tijd nodig? Druk dan op Enter.</source>
            <translation>Need more time? Then press Enter.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="154" />
            <source>Ben je er nog?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="157" />
            <source>Ik heb meer tijd nodig</source>
            <translation>I need more time</translation>
        </message>
    </context>
    <context>
        <name>SeeingModes</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="174" />
            <source>Grotere letters</source>
            <translation>Bigger text</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="175" />
            <source>Meer contrast</source>
            <translation>More contrast</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="177" />
            <source>Lees voor</source>
            <translation>Read aloud</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="145" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="365" />
            <source>Waarvoor kom je?</source>
            <translation>What are you here for?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="147" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="273" />
            <source>Tik op wat je komt doen. Dan krijg je een ticket.</source>
            <translation>Tap what you came to do. Then you get a ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="151" />
            <source>Ik heb een afspraak</source>
            <translation>I have an appointment</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="152" />
            <source>Scan je brief of typ je code.</source>
            <translation>Scan your letter or type your code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="181" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="367" />
            <source>De printer werkt nu niet. Je ziet je nummer op het scherm.</source>
            <translation>The printer is not working. You will see your number on the screen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="189" />
            <source>Even geduld. De kiosk start op.</source>
            <translation>One moment. The kiosk is starting.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="255" />
            <source>Er ging iets mis. Even geduld, we proberen opnieuw.</source>
            <translation>Something went wrong. One moment, we are trying again.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="275" />
            <source>Tik op wat je komt doen. Dan zie je wanneer het kan.</source>
            <translation>Tap what you came to do. Then you can see when it is possible.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="285" />
            <source>Je kan hier nu geen ticket nemen. Vraag het aan de balie.</source>
            <translation>You cannot take a ticket here now. Ask at the desk.</translation>
        </message>
    </context>
    <context>
        <name>StartupProblem</name>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="24" />
            <source>Dit toestel is niet aangemeld bij de server: het heeft geen sleutel. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>This device is not enrolled with the server: it has no key. What to do: ask the IT department to enrol it again with a new code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="28" />
            <source>De server %1 is niet bereikbaar. Dit toestel had er nog nooit contact mee. Wat te doen: controleer de netwerkverbinding. Het toestel probeert het straks zelf opnieuw.</source>
            <translation>The server %1 cannot be reached, and this device has never been in touch with it. What to do: check the network connection. The device will try again by itself shortly.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="33" />
            <source>De server aanvaardt dit toestel niet meer: het werd uitgeschakeld. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>The server no longer accepts this device: it was switched off. What to do: ask the IT department to enrol it again with a new code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="37" />
            <source>De server %1 stuurde de wachtrij niet op tijd. Wat te doen: even wachten, het toestel probeert het straks zelf opnieuw. Blijft dit duren, verwittig dan de dienst ICT.</source>
            <translation>The server %1 did not send the queue in time. What to do: wait a moment, the device will try again by itself. If this goes on, tell the IT department.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="41" />
            <source>Dit toestel moet bijgewerkt worden. Het en de server %1 spreken een andere versie. Wat te doen: verwittig de dienst ICT.</source>
            <translation>This device must be updated: it and the server %1 speak a different version. What to do: tell the IT department.</translation>
        </message>
    </context>
    <context>
        <name>Terminal</name>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="172" />
            <source>Kiosk</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="173" />
            <source>Loket</source>
            <translation>Counter</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="174" />
            <source>Wachtzaal</source>
            <translation>Waiting room</translation>
        </message>
    </context>
    <context>
        <name>TerminalWindow</name>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="41" />
            <source>Even geduld. Het scherm start op.</source>
            <translation>One moment. The screen is starting.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="77" />
            <source>Dit scherm werkt nu niet. Vraag hulp aan een medewerker.</source>
            <translation>This screen is not working. Ask a member of staff for help.</translation>
        </message>
    </context>
    <context>
        <name>TicketScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="120" />
            <source>Je nummer</source>
            <translation>Your number</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="169" />
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="333" />
            <source>Breng dit mee</source>
            <translation>Bring this</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="211" />
            <source>QR-code van je ticket</source>
            <translation>QR code of your ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="217" />
            <source>Volg je beurt op je gsm</source>
            <translation>Follow your turn on your phone</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="219" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scan the code. Then you can see when it is your turn.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="223" />
            <source>Ik heb meer tijd nodig</source>
            <translation>I need more time</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="159" />
            <source>Je nummer is {number}</source>
            <translation>Your number is {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="183" />
            <source>We drukken je ticket af.</source>
            <translation>We are printing your ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="184" />
            <source>Even geduld.</source>
            <translation>One moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="192" />
            <source>Neem je ticket.</source>
            <translation>Take your ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="193" />
            <source>Kijk naar het scherm in de wachtzaal.</source>
            <translation>Watch the screen in the waiting room.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="202" />
            <source>Onthoud je nummer of maak een foto van dit scherm.</source>
            <translation>Remember your number or take a photo of this screen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="211" />
            <source>Je ticket staat op dit scherm.</source>
            <translation>Your ticket is on this screen.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="212" />
            <source>Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen.</source>
            <translation>Remember your number or take a photo. Scan the code to follow your turn.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="236" />
            <source>Een medewerker weet het al.</source>
            <translation>A member of staff already knows.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="238" />
            <source>Zeg het aan een medewerker aan de balie.</source>
            <translation>Tell a member of staff at the desk.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="314" />
            <source>Dit scherm sluit bijna.</source>
            <translation>This screen closes soon.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="322" />
            <source>Je nummer is {number}.</source>
            <translation>Your number is {number}.</translation>
        </message>
    </context>
</TS>
