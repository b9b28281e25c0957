<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>BirthScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="127" />
            <source>Wanneer ben je geboren?</source>
            <translation>Quelle est votre date de naissance ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="50" />
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="128" />
            <source>Typ de dag, de maand en het jaar. Voor 2 april 1950 typ je 02 04 1950.</source>
            <translation>Tapez le jour, le mois et l'année. Pour le 2 avril 1950, tapez 02 04 1950.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>dag</source>
            <translation>jour</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>maand</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="55" />
            <source>jaar</source>
            <translation>année</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="66" />
            <source>Zoek mijn afspraak</source>
            <translation>Chercher mon rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="89" />
            <source>Deze datum kan niet. Kijk hem nog eens na.</source>
            <translation>Cette date n'existe pas. Vérifiez-la.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="96" />
            <source>Je geboortedatum: {date}</source>
            <translation>Votre date de naissance : {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="98" />
            <source>Je geboortedatum</source>
            <translation>Votre date de naissance</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="119" />
            <source>Getypt</source>
            <translation>Tapé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="133" />
            <source>Je datum is getypt.</source>
            <translation>Votre date est tapée.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/birth_screen.py" line="134" />
            <source>Typ de cijfers. Druk dan op Enter.</source>
            <translation>Tapez les chiffres. Appuyez ensuite sur Entrée.</translation>
        </message>
    </context>
    <context>
        <name>CheckInScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="29" />
            <source>Ik heb een afspraak</source>
            <translation>J'ai un rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="31" />
            <source>Zeg hier dat je er bent. Dan krijg je een ticket.</source>
            <translation>Dites ici que vous êtes là. Vous recevez alors un ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="37" />
            <source>Hou de code van je brief voor de scanner.</source>
            <translation>Tenez le code de votre lettre devant le scanner.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="38" />
            <source>Het is het vierkantje met zwarte blokjes op je brief.</source>
            <translation>C'est le petit carré noir et blanc sur votre lettre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="39" />
            <source>Dan krijg je meteen je ticket.</source>
            <translation>Vous recevez tout de suite votre ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="47" />
            <source>Lukt het scannen niet?</source>
            <translation>Le scan ne marche pas ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="51" />
            <source>Typ je code</source>
            <translation>Tapez votre code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="52" />
            <source>De 6 tekens naast het vierkantje op je brief.</source>
            <translation>Les 6 caractères à côté du carré sur votre lettre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="59" />
            <source>Ik heb geen code</source>
            <translation>Je n'ai pas de code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_screen.py" line="60" />
            <source>Zoek je afspraak met je familienaam en geboortedatum.</source>
            <translation>Cherchez votre rendez-vous avec votre nom de famille et votre date de naissance.</translation>
        </message>
    </context>
    <context>
        <name>ChooseScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="37" />
            <source>Welke afspraak is van jou?</source>
            <translation>Quel rendez-vous est le vôtre ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="40" />
            <source>We vonden meer dan één afspraak voor vandaag. Kies de jouwe.</source>
            <translation>Nous avons trouvé plusieurs rendez-vous pour aujourd'hui. Choisissez le vôtre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="68" />
            <source>Om {time}</source>
            <translation>À {time}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/choose_screen.py" line="73" />
            <source>{service} om {time}</source>
            <translation>{service} à {time}</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="24" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="67" />
            <source>Typ je code</source>
            <translation>Tapez votre code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="26" />
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="68" />
            <source>Je code staat op je brief, naast het vierkantje. Het zijn 6 tekens.</source>
            <translation>Votre code est sur votre lettre, à côté du carré. Il a 6 caractères.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="30" />
            <source>Niet alle letters staan hier. De andere heb je niet nodig.</source>
            <translation>Toutes les lettres ne sont pas ici. Vous n'avez pas besoin des autres.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="36" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="54" />
            <source>Je code: {code}</source>
            <translation>Votre code : {code}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/code_screen.py" line="72" />
            <source>Typ de letters en cijfers. Druk dan op Enter.</source>
            <translation>Tapez les lettres et les chiffres. Appuyez ensuite sur Entrée.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/widgets.py" line="282" />
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="73" />
            <source>Ik heb geen hulp meer nodig</source>
            <translation>Je n'ai plus besoin d'aide</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="86" />
            <source>Zo neem je een ticket</source>
            <translation>Comment prendre un ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="88" />
            <source>Tik op waarvoor je komt.</source>
            <translation>Touchez ce que vous venez faire.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="89" />
            <source>Zeg of je voorrang nodig hebt.</source>
            <translation>Dites si vous avez besoin de passer en priorité.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="90" />
            <source>Neem je ticket uit de printer.</source>
            <translation>Prenez votre ticket dans l'imprimante.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="91" />
            <source>Ga zitten in de wachtzaal. Kijk naar het scherm.</source>
            <translation>Asseyez-vous dans la salle d'attente. Regardez l'écran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="92" />
            <source>Zie je je nummer op het scherm? Ga dan naar het loket dat erbij staat.</source>
            <translation>Vous voyez votre numéro à l'écran ? Allez alors au guichet indiqué à côté.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <source>Er komt iemand naar je toe.</source>
            <translation>Quelqu'un vient vers vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="132" />
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>Blijf even hier staan.</source>
            <translation>Restez ici un moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Er kon niemand komen.</source>
            <translation>Personne n'a pu venir.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="134" />
            <source>Vraag het aan de balie.</source>
            <translation>Demandez à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="137" />
            <source>Dat lukte niet.</source>
            <translation>Ça n'a pas marché.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="138" />
            <source>Vraag het aan de balie of aan een medewerker.</source>
            <translation>Demandez à l'accueil ou à un membre du personnel.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/help_screen.py" line="140" />
            <source>We roepen iemand.</source>
            <translation>Nous appelons quelqu'un.</translation>
        </message>
    </context>
    <context>
        <name>IssueScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="48" />
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="51" />
            <source>Probeer opnieuw</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="54" />
            <source>Roep iemand</source>
            <translation>Aidez-moi</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="82" />
            <source>Even geduld</source>
            <translation>Un instant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We zoeken je afspraak.</source>
            <translation>Nous cherchons votre rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="84" />
            <source>We maken je ticket.</source>
            <translation>Nous préparons votre ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="91" />
            <source>Er ging iets mis.</source>
            <translation>Il y a eu un problème.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/issue_screen.py" line="92" />
            <source>Probeer opnieuw of vraag hulp aan de balie.</source>
            <translation>Réessayez ou demandez de l'aide à l'accueil.</translation>
        </message>
    </context>
    <context>
        <name>KeypadScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/screen_base.py" line="84" />
            <source>Wis 1 teken</source>
            <translation>Effacer 1 caractère</translation>
        </message>
    </context>
    <context>
        <name>KioskCheckIn</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="39" />
            <source>Je afspraak is om {time}.</source>
            <translation>Votre rendez-vous est à {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="43" />
            <source>We roepen je nummer.</source>
            <translation>Nous appellerons votre numéro.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="47" />
            <source>Je zei al dat je er bent. Hier is je ticket nog eens.</source>
            <translation>Vous avez déjà dit que vous êtes là. Voici encore votre ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="54" />
            <source>Je afspraak is morgen om {time}.</source>
            <translation>Votre rendez-vous est demain à {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="56" />
            <source>Je afspraak was op {date} om {time}.</source>
            <translation>Votre rendez-vous était le {date} à {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="59" />
            <source>Je afspraak is op {date} om {time}.</source>
            <translation>Votre rendez-vous est le {date} à {time}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="74" />
            <source>Vanaf {time} kan je zeggen dat je er bent.</source>
            <translation>À partir de {time}, vous pouvez dire ici que vous êtes là.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="78" />
            <source>Ga even zitten en kom dan terug naar hier.</source>
            <translation>Asseyez-vous un moment, puis revenez ici.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="79" />
            <source>Je bent vroeg.</source>
            <translation>Vous êtes en avance.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="83" />
            <source>Je bent te laat voor je afspraak.</source>
            <translation>Vous êtes en retard pour votre rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="84" />
            <source>Geen probleem. Neem een gewoon ticket. Dan helpen we je zo snel mogelijk.</source>
            <translation>Pas de problème. Prenez un ticket normal. Nous vous aiderons le plus vite possible.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="86" />
            <source>Neem een gewoon ticket</source>
            <translation>Prendre un ticket normal</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is al voorbij.</source>
            <translation>Votre rendez-vous est déjà passé.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="93" />
            <source>Je afspraak is op een andere dag.</source>
            <translation>Votre rendez-vous est un autre jour.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="96" />
            <source>Maak een nieuwe afspraak aan de balie.</source>
            <translation>Prenez un nouveau rendez-vous à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="98" />
            <source>Kom dan terug. Heb je een vraag? Vraag het aan de balie.</source>
            <translation>Revenez ce jour-là. Une question ? Demandez à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="106" />
            <source>Je afspraak is in een ander gebouw.</source>
            <translation>Votre rendez-vous est dans un autre bâtiment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="107" />
            <source>Ga naar:</source>
            <translation>Allez à :</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="115" />
            <source>Deze afspraak gaat niet meer door.</source>
            <translation>Ce rendez-vous est annulé.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="116" />
            <source>Vraag het aan de balie. Daar kan je een nieuwe afspraak maken.</source>
            <translation>Demandez à l'accueil. Vous pouvez y prendre un nouveau rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="125" />
            <source>We vinden deze code niet.</source>
            <translation>Nous ne trouvons pas ce code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="127" />
            <source>Kijk of je de code goed hebt getypt.</source>
            <translation>Vérifiez que vous avez bien tapé le code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="128" />
            <source>Lukt het niet? Vraag het aan de balie.</source>
            <translation>Ça ne marche pas ? Demandez à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="131" />
            <source>Typ je code opnieuw</source>
            <translation>Retapez votre code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="140" />
            <source>We vinden geen afspraak.</source>
            <translation>Nous ne trouvons pas de rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="142" />
            <source>We vinden vandaag geen afspraak met deze naam en geboortedatum.</source>
            <translation>Aucun rendez-vous aujourd'hui avec ce nom et cette date de naissance.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="143" />
            <source>Kijk of alles juist is. Lukt het niet? Vraag het aan de balie.</source>
            <translation>Vérifiez que tout est correct. Ça ne marche pas ? Demandez à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="146" />
            <source>Probeer opnieuw</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="157" />
            <source>Zoeken op naam lukt nu niet.</source>
            <translation>La recherche par nom ne marche pas pour le moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="159" />
            <source>Heb je de brief met je code? Typ dan je code.</source>
            <translation>Vous avez la lettre avec votre code ? Tapez alors votre code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="160" />
            <source>Of vraag het aan de balie.</source>
            <translation>Ou demandez à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="163" />
            <source>Typ je code</source>
            <translation>Tapez votre code</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="168" />
            <source>We kunnen je code nu niet nakijken.</source>
            <translation>Nous ne pouvons pas vérifier votre code pour le moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_wording.py" line="169" />
            <source>Vraag het aan de balie. Daar helpen we je verder.</source>
            <translation>Demandez à l'accueil. On vous y aidera.</translation>
        </message>
    </context>
    <context>
        <name>KioskHours</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="89" />
            <source>Dit kan hier nu, tot {end}.</source>
            <translation>C'est possible ici maintenant, jusqu'à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="91" />
            <source>Dit kan hier vandaag vanaf {start}.</source>
            <translation>C'est possible ici aujourd'hui à partir de {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="93" />
            <source>Dit kan hier morgen van {start} tot {end}.</source>
            <translation>C'est possible ici demain de {start} à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="94" />
            <source>Dit kan hier op {date} van {start} tot {end}.</source>
            <translation>C'est possible ici le {date} de {start} à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="103" />
            <source>Daar kan het nu, tot {end}.</source>
            <translation>C'est possible là-bas maintenant, jusqu'à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="105" />
            <source>Daar kan het vandaag vanaf {start}.</source>
            <translation>C'est possible là-bas aujourd'hui à partir de {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="107" />
            <source>Daar kan het morgen van {start} tot {end}.</source>
            <translation>C'est possible là-bas demain de {start} à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="108" />
            <source>Daar kan het op {date} van {start} tot {end}.</source>
            <translation>C'est possible là-bas le {date} de {start} à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <source>Vandaag dicht</source>
            <translation>Fermé aujourd'hui</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="121" />
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="125" />
            <source>Vandaag niet meer</source>
            <translation>Fini pour aujourd'hui</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="123" />
            <source>Alleen met afspraak</source>
            <translation>Sur rendez-vous seulement</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="127" />
            <source>Vraag het aan de balie</source>
            <translation>Demandez à l'accueil</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="129" />
            <source>Nu niet hier</source>
            <translation>Pas ici maintenant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="133" />
            <source>Vandaag vanaf {start}</source>
            <translation>Aujourd'hui dès {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="135" />
            <source>Morgen vanaf {start}</source>
            <translation>Demain dès {start}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="136" />
            <source>Op {date}</source>
            <translation>Le {date}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="144" />
            <source>Maak een afspraak aan de balie, bel {phone} of ga naar {website}.</source>
            <translation>Prenez rendez-vous à l'accueil, appelez le {phone} ou allez sur {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="148" />
            <source>Maak een afspraak aan de balie of bel {phone}.</source>
            <translation>Prenez rendez-vous à l'accueil ou appelez le {phone}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="150" />
            <source>Maak een afspraak aan de balie of ga naar {website}.</source>
            <translation>Prenez rendez-vous à l'accueil ou allez sur {website}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="151" />
            <source>Maak een afspraak aan de balie.</source>
            <translation>Prenez rendez-vous à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="169" />
            <source>Hiervoor heb je een afspraak nodig.</source>
            <translation>Pour cela, il vous faut un rendez-vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="172" />
            <source>Ik heb al een afspraak</source>
            <translation>J'ai déjà un rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="177" />
            <source>Sorry, vandaag lukt het niet meer.</source>
            <translation>Désolé, ce n'est plus possible aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="178" />
            <source>We gaan bijna dicht. Er is niet genoeg tijd meer om je nog te helpen.</source>
            <translation>Nous fermons bientôt. Il n'y a plus assez de temps pour vous aider.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="180" />
            <source>Dit kan nu niet hier.</source>
            <translation>Ce n'est pas possible ici maintenant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="183" />
            <source>Dit kan nu niet.</source>
            <translation>Ce n'est pas possible maintenant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="188" />
            <source>Vraag het aan de balie.</source>
            <translation>Demandez à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="193" />
            <source>Het kan wel in een ander gebouw:</source>
            <translation>C'est possible dans un autre bâtiment :</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="225" />
            <source>Vandaag is het gemeentehuis dicht.</source>
            <translation>Aujourd'hui, la maison communale est fermée.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="226" />
            <source>Vandaag is de bibliotheek dicht.</source>
            <translation>Aujourd'hui, la bibliothèque est fermée.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="228" />
            <source>Het gemeentehuis is nu gesloten.</source>
            <translation>La maison communale est fermée maintenant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="229" />
            <source>De bibliotheek is nu gesloten.</source>
            <translation>La bibliothèque est fermée maintenant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="241" />
            <source>Het is {holiday}.</source>
            <translation>C'est {holiday}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="250" />
            <source>{place} is nu open, tot {end}.</source>
            <translation>{place} : ouvert maintenant, jusqu'à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="254" />
            <source>{place} is vandaag open van {start} tot {end}.</source>
            <translation>{place} : ouvert aujourd'hui de {start} à {end}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="269" />
            <source>We zijn weer open vandaag om {start}.</source>
            <translation>Nous rouvrons aujourd'hui à {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="271" />
            <source>We zijn weer open morgen om {start}.</source>
            <translation>Nous rouvrons demain à {start}.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/hours_wording.py" line="272" />
            <source>We zijn weer open op {date} om {start}.</source>
            <translation>Nous rouvrons le {date} à {start}.</translation>
        </message>
    </context>
    <context>
        <name>KioskText</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="59" />
            <source>Er is niemand voor jou.</source>
            <translation>Personne n'attend avant vous.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="61" />
            <source>Er is 1 persoon voor jou.</source>
            <translation>Il y a 1 personne avant vous.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="62" />
            <source>Er zijn %n mensen voor jou.</source>
            <translation>
                <numerusform>Il y a %n personne avant vous.</numerusform>
                <numerusform>Il y a %n personnes avant vous.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="67" />
            <source>Je bent bijna aan de beurt.</source>
            <translation>C'est bientôt votre tour.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="69" />
            <source>Je wacht ongeveer %n minuten.</source>
            <translation>
                <numerusform>Vous attendez environ %n minute.</numerusform>
                <numerusform>Vous attendez environ %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="75" />
            <source>bijna aan de beurt</source>
            <translation>bientôt votre tour</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="76" />
            <source>ongeveer %n minuten</source>
            <translation>
                <numerusform>environ %n minute</numerusform>
                <numerusform>environ %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="83" />
            <source>Voorrang</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="89" />
            <source>Je nummer</source>
            <translation>Votre numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="90" />
            <source>Mensen voor jou</source>
            <translation>Personnes avant vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="91" />
            <source>Wachttijd</source>
            <translation>Temps d'attente</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="92" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scannez le code. Vous verrez quand c'est votre tour.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="93" />
            <source>Bewaar dit ticket. Kijk naar het scherm in de wachtzaal.</source>
            <translation>Gardez ce ticket. Regardez l'écran de la salle d'attente.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="101" />
            <source>Je afspraak</source>
            <translation>Votre rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="102" />
            <source>Wat nu?</source>
            <translation>Et maintenant ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="107" />
            <source>we roepen je nummer</source>
            <translation>nous appellerons votre numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="112" />
            <source>Afspraak</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="118" />
            <source>Sorry, het papier van de printer is op.</source>
            <translation>Désolé, l'imprimante n'a plus de papier.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="119" />
            <source>Sorry, de printer werkt nu niet.</source>
            <translation>Désolé, l'imprimante ne marche pas pour le moment.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="125" />
            <source>Over 1 seconde gaat het scherm terug naar het begin.</source>
            <translation>Dans 1 seconde, l'écran revient au début.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="126" />
            <source>Over %n seconden gaat het scherm terug naar het begin.</source>
            <translation>
                <numerusform>Dans %n seconde, l'écran revient au début.</numerusform>
                <numerusform>Dans %n secondes, l'écran revient au début.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="131" />
            <source>Dit scherm sluit over 1 seconde.</source>
            <translation>Cet écran se ferme dans 1 seconde.</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/ui/kiosk_screen/wording.py" line="132" />
            <source>Dit scherm sluit over %n seconden.</source>
            <translation>
                <numerusform>Cet écran se ferme dans %n seconde.</numerusform>
                <numerusform>Cet écran se ferme dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskTime</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H 'uur'</source>
            <translation>H 'h'</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/locale_format.py" line="72" />
            <source>H:mm 'uur'</source>
            <translation>H 'h' mm</translation>
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
            <translation>Retour au début</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/check_in_steps.py" line="126" />
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="265" />
            <source>Terug</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="70" />
            <source>Ticket nemen</source>
            <translation>Prendre un ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="89" />
            <source>Roep iemand</source>
            <translation>Aidez-moi</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/window.py" line="259" />
            <source>Klaar</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/language_row.py" line="186" />
            <source>Taal</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>LinkBanner</name>
        <message>
            <location filename="../kiosk/ui/common/link_banner.py" line="49" />
            <source>Deze kiosk moet bijgewerkt worden.</source>
            <translation>Cette borne doit être mise à jour.</translation>
        </message>
    </context>
    <context>
        <name>MessageScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="84" />
            <source>Roep iemand</source>
            <translation>Aidez-moi</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="87" />
            <source>Neem een ticket</source>
            <translation>Prendre un ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/message_screen.py" line="113" />
            <source>Je koos: {service}</source>
            <translation>Votre choix : {service}</translation>
        </message>
    </context>
    <context>
        <name>NameScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="34" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="112" />
            <source>Wat is je familienaam?</source>
            <translation>Quel est votre nom de famille ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="36" />
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="113" />
            <source>Typ alleen je familienaam, zonder je voornaam.</source>
            <translation>Tapez seulement votre nom de famille, sans votre prénom.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="52" />
            <source>Spatie</source>
            <translation>Espace</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Apostrof</source>
            <translation>Apostrophe</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="54" />
            <source>Streepje</source>
            <translation>Trait d'union</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="62" />
            <source>Verder</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="73" />
            <source>Je familienaam: {name}</source>
            <translation>Votre nom de famille : {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="104" />
            <source>Getypt</source>
            <translation>Tapé</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="116" />
            <source>Je naam is getypt.</source>
            <translation>Votre nom est tapé.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/name_screen.py" line="117" />
            <source>Typ de letters. Druk dan op Enter.</source>
            <translation>Tapez les lettres. Appuyez ensuite sur Entrée.</translation>
        </message>
    </context>
    <context>
        <name>PriorityScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="43" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="93" />
            <source>Heb je voorrang nodig?</source>
            <translation>Avez-vous besoin de passer en priorité ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="46" />
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="94" />
            <source>Met voorrang ben je sneller aan de beurt. Kies wat voor jou past.</source>
            <translation>Avec la priorité, vous passez plus vite. Choisissez ce qui vous convient.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="53" />
            <source>Nee, ik wacht gewoon</source>
            <translation>Non, j'attends mon tour</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="57" />
            <source>Ja, ik ben 65 jaar of ouder</source>
            <translation>Oui, j'ai 65 ans ou plus</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="58" />
            <source>Ja, ik heb een beperking</source>
            <translation>Oui, j'ai un handicap</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="59" />
            <source>Ja, ik ben zwanger</source>
            <translation>Oui, je suis enceinte</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/priority_screen.py" line="86" />
            <source>Je koos: {service}</source>
            <translation>Votre choix : {service}</translation>
        </message>
    </context>
    <context>
        <name>ReachLayout</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="110" />
            <source>Vorige</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="111" />
            <source>Meer</source>
            <translation>Suite</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="112" />
            <source>Toon het vorige deel van dit scherm.</source>
            <translation>Affiche la partie précédente de cet écran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="113" />
            <source>Toon de rest van dit scherm.</source>
            <translation>Affiche la suite de cet écran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="125" />
            <source>{page}/{pages}</source>
            <translation>{page}/{pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/page_view.py" line="127" />
            <source>Deel {page} van {pages}</source>
            <translation>Partie {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="67" />
            <source>Alles lager</source>
            <translation>Tout plus bas</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="69" />
            <source>Alle knoppen komen lager. Zo kan je ze ook vanuit een rolstoel aanraken.</source>
            <translation>Tous les boutons descendent. Vous les atteignez aussi en fauteuil roulant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reach_layout.py" line="94" />
            <source>Alle knoppen staan nu lager.</source>
            <translation>Tous les boutons sont maintenant plus bas.</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="190" />
            <source>Voorlezen staat aan.</source>
            <translation>La lecture à voix haute est activée.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="191" />
            <source>Gebruik de pijltjes om een keuze te zoeken.</source>
            <translation>Utilisez les flèches pour trouver un choix.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="192" />
            <source>Druk op Enter om te kiezen.</source>
            <translation>Appuyez sur Entrée pour choisir.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="193" />
            <source>Druk op Escape om terug te gaan.</source>
            <translation>Appuyez sur Échap pour revenir.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/read_aloud.py" line="194" />
            <source>Druk op {key} om alles nog eens te horen.</source>
            <translation>Appuyez sur {key} pour tout réentendre.</translation>
        </message>
    </context>
    <context>
        <name>ResetWarning</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="58" />
            <source>Meer tijd nodig? Druk dan op Enter.</source>
            <translation>Besoin de plus de temps ? Appuyez sur Entrée.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="154" />
            <source>Ben je er nog?</source>
            <translation>Vous êtes toujours là ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/reset_warning.py" line="157" />
            <source>Ik heb meer tijd nodig</source>
            <translation>J'ai besoin de plus de temps</translation>
        </message>
    </context>
    <context>
        <name>SeeingModes</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="174" />
            <source>Grotere letters</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="175" />
            <source>Meer contrast</source>
            <translation>Plus de contraste</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/seeing.py" line="177" />
            <source>Lees voor</source>
            <translation>Écouter</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="145" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="365" />
            <source>Waarvoor kom je?</source>
            <translation>Que venez-vous faire ?</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="147" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="273" />
            <source>Tik op wat je komt doen. Dan krijg je een ticket.</source>
            <translation>Touchez ce que vous venez faire. Vous recevez alors un ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="151" />
            <source>Ik heb een afspraak</source>
            <translation>J'ai un rendez-vous</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="152" />
            <source>Scan je brief of typ je code.</source>
            <translation>Scannez votre lettre ou tapez votre code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="181" />
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="367" />
            <source>De printer werkt nu niet. Je ziet je nummer op het scherm.</source>
            <translation>L'imprimante ne marche pas. Votre numéro s'affiche à l'écran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="189" />
            <source>Even geduld. De kiosk start op.</source>
            <translation>Un instant. La borne démarre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="255" />
            <source>Er ging iets mis. Even geduld, we proberen opnieuw.</source>
            <translation>Il y a eu un problème. Un instant, nous réessayons.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="275" />
            <source>Tik op wat je komt doen. Dan zie je wanneer het kan.</source>
            <translation>Touchez ce que vous venez faire. Vous voyez alors quand c'est possible.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/start_screen.py" line="285" />
            <source>Je kan hier nu geen ticket nemen. Vraag het aan de balie.</source>
            <translation>Vous ne pouvez pas prendre de ticket ici maintenant. Demandez à l'accueil.</translation>
        </message>
    </context>
    <context>
        <name>StartupProblem</name>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="24" />
            <source>Dit toestel is niet aangemeld bij de server: het heeft geen sleutel. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>Cet appareil n'est pas inscrit auprès du serveur : il n'a pas de clé. Que faire : demandez au service informatique de l'inscrire à nouveau avec un nouveau code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="28" />
            <source>De server %1 is niet bereikbaar. Dit toestel had er nog nooit contact mee. Wat te doen: controleer de netwerkverbinding. Het toestel probeert het straks zelf opnieuw.</source>
            <translation>Le serveur %1 est injoignable, et cet appareil n'a encore jamais été en contact avec lui. Que faire : vérifiez la connexion réseau. L'appareil réessaiera de lui-même dans un instant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="33" />
            <source>De server aanvaardt dit toestel niet meer: het werd uitgeschakeld. Wat te doen? Vraag de dienst ICT om een nieuwe code. Meld het toestel daarmee opnieuw aan.</source>
            <translation>Le serveur n'accepte plus cet appareil : il a été désactivé. Que faire : demandez au service informatique de l'inscrire à nouveau avec un nouveau code.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="37" />
            <source>De server %1 stuurde de wachtrij niet op tijd. Wat te doen: even wachten, het toestel probeert het straks zelf opnieuw. Blijft dit duren, verwittig dan de dienst ICT.</source>
            <translation>Le serveur %1 n'a pas envoyé la file d'attente à temps. Que faire : patientez un instant, l'appareil réessaiera de lui-même. Si cela persiste, prévenez le service informatique.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/startup_problem.py" line="41" />
            <source>Dit toestel moet bijgewerkt worden. Het en de server %1 spreken een andere versie. Wat te doen: verwittig de dienst ICT.</source>
            <translation>Cet appareil doit être mis à jour : lui et le serveur %1 parlent une version différente. Que faire : prévenez le service informatique.</translation>
        </message>
    </context>
    <context>
        <name>Terminal</name>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="172" />
            <source>Kiosk</source>
            <translation>Borne</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="173" />
            <source>Loket</source>
            <translation>Guichet</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/app_run.py" line="174" />
            <source>Wachtzaal</source>
            <translation>Salle d'attente</translation>
        </message>
    </context>
    <context>
        <name>TerminalWindow</name>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="41" />
            <source>Even geduld. Het scherm start op.</source>
            <translation>Un instant. L'écran démarre.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/common/boot.py" line="77" />
            <source>Dit scherm werkt nu niet. Vraag hulp aan een medewerker.</source>
            <translation>Cet écran ne marche pas. Demandez de l'aide au personnel.</translation>
        </message>
    </context>
    <context>
        <name>TicketScreen</name>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="120" />
            <source>Je nummer</source>
            <translation>Votre numéro</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="169" />
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="333" />
            <source>Breng dit mee</source>
            <translation>Apportez ceci</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="211" />
            <source>QR-code van je ticket</source>
            <translation>Code QR de votre ticket</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="217" />
            <source>Volg je beurt op je gsm</source>
            <translation>Suivez votre tour sur votre GSM</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="219" />
            <source>Scan de code. Dan zie je wanneer het je beurt is.</source>
            <translation>Scannez le code. Vous verrez quand c'est votre tour.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_parts.py" line="223" />
            <source>Ik heb meer tijd nodig</source>
            <translation>J'ai besoin de plus de temps</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="159" />
            <source>Je nummer is {number}</source>
            <translation>Votre numéro est {number}</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="183" />
            <source>We drukken je ticket af.</source>
            <translation>Nous imprimons votre ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="184" />
            <source>Even geduld.</source>
            <translation>Un instant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="192" />
            <source>Neem je ticket.</source>
            <translation>Prenez votre ticket.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="193" />
            <source>Kijk naar het scherm in de wachtzaal.</source>
            <translation>Regardez l'écran de la salle d'attente.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="202" />
            <source>Onthoud je nummer of maak een foto van dit scherm.</source>
            <translation>Retenez votre numéro ou prenez une photo de cet écran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="211" />
            <source>Je ticket staat op dit scherm.</source>
            <translation>Votre ticket est sur cet écran.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="212" />
            <source>Onthoud je nummer of maak een foto. Scan de code om je beurt te volgen.</source>
            <translation>Retenez votre numéro ou prenez une photo. Scannez le code pour suivre votre tour.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="236" />
            <source>Een medewerker weet het al.</source>
            <translation>Un membre du personnel est déjà au courant.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="238" />
            <source>Zeg het aan een medewerker aan de balie.</source>
            <translation>Dites-le à un membre du personnel à l'accueil.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="314" />
            <source>Dit scherm sluit bijna.</source>
            <translation>Cet écran va bientôt se fermer.</translation>
        </message>
        <message>
            <location filename="../kiosk/ui/kiosk_screen/ticket_screen.py" line="322" />
            <source>Je nummer is {number}.</source>
            <translation>Votre numéro est {number}.</translation>
        </message>
    </context>
</TS>
