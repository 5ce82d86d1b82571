<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../assign_dialog.py" line="79"/>
        <source>Assign work</source>
        <translation>Affecter du travail</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="100"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="102"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="109"/>
        <source>&amp;Households to follow up</source>
        <translation>&amp;Ménages à suivre</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="110"/>
        <source>&amp;New registrations</source>
        <translation>&amp;Nouveaux enregistrements</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="123"/>
        <source>A name, a zone, a number…</source>
        <translation>Un nom, une zone, un numéro…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="125"/>
        <source>Search the households</source>
        <translation>Rechercher les ménages</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="135"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="141"/>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Cocher tous ceux affichés</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="145"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="147"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="167"/>
        <source>How many registrations</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="170"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="171"/>
        <source>Where: a zone, a block, a village</source>
        <translation>Où : une zone, un bloc, un village</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="175"/>
        <source>Nu&amp;mber:</source>
        <translation>N&amp;ombre :</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="176"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="182"/>
        <source>Enumerator or clerk</source>
        <translation>Enquêteur ou agent de saisie</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="186"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="191"/>
        <source>&amp;Assign</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="197"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="200"/>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="208"/>
        <source>&amp;Enumerator or clerk:</source>
        <translation>&amp;Enquêteur ou agent de saisie :</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="254"/>
        <source>Work at {site}</source>
        <translation>Travail à {site}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="260"/>
        <source>Name the site first</source>
        <translation>Nommez d&apos;abord le site</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="262"/>
        <source>Reading who works at the site…</source>
        <translation>Lecture des personnes qui travaillent sur le site…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="270"/>
        <source>Nobody at this site can be given work</source>
        <translation>Personne sur ce site ne peut recevoir de travail</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="287"/>
        <source>No form is installed on this computer.</source>
        <translation>Aucun formulaire n&apos;est installé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="289"/>
        <source>Reading the households of this form&apos;s list…</source>
        <translation>Lecture des ménages de la liste de ce formulaire…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="318"/>
        <source>This form follows up no list: it can only be given as new registrations.</source>
        <translation>Ce formulaire ne suit aucune liste : il ne peut être affecté qu&apos;en nouveaux enregistrements.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="324"/>
        <source>This form follows up the list {list}, which the sites&apos; computers hold, not this one: give its households from a site supervisor&apos;s computer.</source>
        <translation>Ce formulaire suit la liste {list}, que détiennent les ordinateurs des sites, pas celui-ci : affectez ses ménages depuis l&apos;ordinateur d&apos;un superviseur de site.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="331"/>
        <source>This form follows up the list {list}, and this computer holds none of its households yet: they come with each sync.</source>
        <translation>Ce formulaire suit la liste {list}, et cet ordinateur n&apos;en détient encore aucun ménage : ils arrivent à chaque synchronisation.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="337"/>
        <source>This form follows up the list {list}: {n} households here.</source>
        <translation>Ce formulaire suit la liste {list} : {n} ménage(s) ici.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="353"/>
        <source>{shown} of {every} shown · {ticked} ticked</source>
        <translation>{shown} sur {every} affiché(s) · {ticked} coché(s)</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="369"/>
        <source>Choose a form.</source>
        <translation>Choisissez un formulaire.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="372"/>
        <source>Choose who does the work.</source>
        <translation>Choisissez qui fait le travail.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="379"/>
        <source>Tick the households to give (Space ticks the one you are on).</source>
        <translation>Cochez les ménages à affecter (Space coche celui où vous êtes).</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="385"/>
        <source>At most {n} households at once.</source>
        <translation>Au plus {n} ménages à la fois.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="414"/>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="434"/>
        <source>The server assigned nothing: it refused {n} of the households ticked.</source>
        <translation>Le serveur n&apos;a rien affecté : il a refusé {n} des ménages cochés.</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="440"/>
        <source>• {household}: {why}</source>
        <translation>• {household} : {why}</translation>
    </message>
    <message>
        <location filename="../assign_dialog.py" line="441"/>
        <source>Untick them (in red in the list), then Assign again.</source>
        <translation>Décochez-les (en rouge dans la liste), puis Affecter à nouveau.</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <location filename="../reassign_dialog.py" line="64"/>
        <source>The server said: {words}</source>
        <translation>Le serveur a dit : {words}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="72"/>
        <source>enumerator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="73"/>
        <source>clerk</source>
        <translation>agent de saisie</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="86"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <location filename="../assignments_view.py" line="93"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="103"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="108"/>
        <source>Progress by enumerator</source>
        <translation>Progression par enquêteur</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="111"/>
        <source>&amp;Progress by enumerator</source>
        <translation>&amp;Progression par enquêteur</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="116"/>
        <source>Open assignments</source>
        <translation>Affectations en cours</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="119"/>
        <source>&amp;Open assignments</source>
        <translation>Affectations en c&amp;ours</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="122"/>
        <source>Whose assignments</source>
        <translation>Affectations de quel enquêteur</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="123"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="125"/>
        <source>&amp;Enumerator:</source>
        <translation>&amp;Enquêteur :</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="129"/>
        <source>A household, a zone…</source>
        <translation>Un ménage, une zone…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="130"/>
        <source>Search the titles</source>
        <translation>Rechercher dans les titres</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="133"/>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="138"/>
        <source>&amp;Assign…</source>
        <translation>A&amp;ffecter…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="140"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Réaffecter…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="142"/>
        <source>&amp;Cancel assignment…</source>
        <translation>A&amp;nnuler l&apos;affectation…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="144"/>
        <source>Read a&amp;gain (F5)</source>
        <translation>Re&amp;lire (F5)</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="202"/>
        <source>Assignments are kept on the server: this screen needs this computer connected to it (Daftari → Connect to a server).</source>
        <translation>Les affectations sont conservées sur le serveur : cet écran demande que cet ordinateur y soit connecté (Daftari → Connexion à un serveur).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="240"/>
        <source>Reading the assignments from the server…</source>
        <translation>Lecture des affectations sur le serveur…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="284"/>
        <source>Assignments are read from the server and changed there: this screen needs a connection. {why}</source>
        <translation>Les affectations sont lues sur le serveur et modifiées là-bas : cet écran demande une connexion. {why}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="298"/>
        <source>No connection to the server: check the network, then Read again (F5).</source>
        <translation>Pas de connexion au serveur : vérifiez le réseau, puis Relire (F5).</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="303"/>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="308"/>
        <source>{where} · {n} open</source>
        <translation>{where} · {n} en cours</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="342"/>
        <source>{shown} of {every} open assignments shown</source>
        <translation>{shown} affectation(s) en cours affichée(s) sur {every}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="344"/>
        <source>No open assignment.</source>
        <translation>Aucune affectation en cours.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="398"/>
        <source>{n} assignment(s) given to {names}.</source>
        <translation>{n} affectation(s) donnée(s) à {names}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="411"/>
        <source>Choose assignments of one site to reassign together.</source>
        <translation>Choisissez des affectations d&apos;un même site pour les réaffecter ensemble.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="425"/>
        <source>{n} assignment(s) given to {name}.</source>
        <translation>{n} affectation(s) donnée(s) à {name}.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="438"/>
        <source>{title} — {enumerator}</source>
        <translation>{title} — {enumerator}</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="444"/>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="447"/>
        <source>Cancel assignments?</source>
        <translation>Annuler les affectations ?</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="449"/>
        <source>Cancel {n} assignment(s)? They leave the enumerators&apos; computers at their next sync; what was done for them stays.</source>
        <translation>Annuler {n} affectation(s) ? Elles quittent les ordinateurs des enquêteurs à leur prochaine synchronisation ; ce qui a été fait pour elles reste.</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="458"/>
        <source>&amp;Yes, cancel them</source>
        <translation>&amp;Oui, les annuler</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="459"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="476"/>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <location filename="../assignments_view.py" line="482"/>
        <source>{n} assignment(s) cancelled.</source>
        <translation>{n} affectation(s) annulée(s).</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <location filename="../batches_view.py" line="78"/>
        <source>Batches of paper questionnaires</source>
        <translation>Lots de questionnaires papier</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="82"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="83"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="84"/>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="85"/>
        <source>Keyed</source>
        <translation>Saisis</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="86"/>
        <source>Verified</source>
        <translation>Vérifiés</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="87"/>
        <source>Differences open</source>
        <translation>Différences ouvertes</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="88"/>
        <source>Missing numbers</source>
        <translation>Numéros manquants</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="89"/>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="103"/>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouveau lot…</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="105"/>
        <source>D&amp;ifferences</source>
        <translation>D&amp;ifférences</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="107"/>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="109"/>
        <source>R&amp;eport</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="111"/>
        <source>&amp;Print questionnaires…</source>
        <translation>Imprimer les &amp;questionnaires…</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="174"/>
        <location filename="../batches_view.py" line="473"/>
        <source>No batch yet: Alt+N registers one.</source>
        <translation>Aucun lot pour l&apos;instant : Alt+N en enregistre un.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="179"/>
        <source>Missing numbers: {numbers}</source>
        <translation>Numéros manquants : {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="182"/>
        <source>Keyed twice: {numbers}</source>
        <translation>Saisis deux fois : {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="185"/>
        <source>Outside the range: {numbers}</source>
        <translation>Hors de la plage : {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="189"/>
        <source>Waiting for their second keying: {numbers}</source>
        <translation>En attente de leur deuxième saisie : {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="193"/>
        <source>Nothing missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="225"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="226"/>
        <source>&amp;Batch (as written on the box)</source>
        <translation>L&amp;ot (tel qu&apos;écrit sur la boîte)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="227"/>
        <source>E&amp;xpected questionnaires</source>
        <translation>Questionnaires a&amp;ttendus</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="228"/>
        <source>First n&amp;umber</source>
        <translation>&amp;Premier numéro</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="229"/>
        <source>&amp;Last number</source>
        <translation>Dernier n&amp;uméro</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="230"/>
        <source>&amp;Share keyed twice</source>
        <translation>Part &amp;saisie deux fois</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="247"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="249"/>
        <location filename="../batches_view.py" line="362"/>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="290"/>
        <source>No paper will be keyed a second time.</source>
        <translation>Aucun papier ne sera saisi une seconde fois.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="292"/>
        <source>{share} % of the papers will be keyed a second time.</source>
        <translation>{share} % des papiers seront saisis une seconde fois.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="296"/>
        <source>{n} of {count} papers will be keyed a second time.</source>
        <translation>{n} papiers sur {count} seront saisis une seconde fois.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="300"/>
        <source>About {n} of {count} papers will be keyed a second time.</source>
        <translation>Environ {n} papiers sur {count} seront saisis une seconde fois.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="308"/>
        <source>The numbers of a range are whole numbers.</source>
        <translation>Les numéros d&apos;une plage sont des nombres entiers.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="323"/>
        <source>Batch {name} registered.</source>
        <translation>Lot {name} enregistré.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="337"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="338"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="339"/>
        <source>1: first keying</source>
        <translation>1 : première saisie</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="340"/>
        <source>2: second keying</source>
        <translation>2 : deuxième saisie</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="341"/>
        <source>Resolved as</source>
        <translation>Résolu par</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="352"/>
        <source>Resolve &amp;as (1, 2 or the value on the paper):</source>
        <translation>Résoudre &amp;comme (1, 2 ou la valeur du papier) :</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="375"/>
        <source>Batch {name}: answers the two keyings disagree on</source>
        <translation>Lot {name} : réponses sur lesquelles les deux saisies diffèrent</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="396"/>
        <source>1: the first keying</source>
        <translation>1 : la première saisie</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="397"/>
        <source>2: the second keying</source>
        <translation>2 : la seconde saisie</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="398"/>
        <source>the value on the paper</source>
        <translation>la valeur sur le papier</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="410"/>
        <source>Every difference is resolved.</source>
        <translation>Toutes les différences sont résolues.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="415"/>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="416"/>
        <source>Enumerator on the paper</source>
        <translation>Enquêteur inscrit sur le papier</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="434"/>
        <source>“{typed}” is not an answer this question takes.</source>
        <translation>« {typed} » n&apos;est pas une réponse que cette question accepte.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="458"/>
        <source>Not finalized (an answer missing): {numbers}</source>
        <translation>Non finalisés (une réponse manque) : {numbers}</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="463"/>
        <source>Batch {name} released: it goes to the server at the next sync.</source>
        <translation>Lot {name} libéré : il part vers le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="477"/>
        <source>Print questionnaires</source>
        <translation>Imprimer les questionnaires</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="509"/>
        <source>{n} questionnaire(s) printed to {file}.</source>
        <translation>{n} questionnaire(s) imprimé(s) dans {file}.</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="521"/>
        <source>Disagreement by clerk (answers not kept / answers keyed):</source>
        <translation>Désaccords par agent de saisie (réponses non retenues / réponses saisies) :</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="525"/>
        <source>Disagreement by question (differences / papers compared):</source>
        <translation>Désaccords par question (différences / papiers comparés) :</translation>
    </message>
    <message>
        <location filename="../batches_view.py" line="540"/>
        <source>Q{number} {label}</source>
        <translation>Q{number} {label}</translation>
    </message>
</context>
<context>
    <name>CarriedBundles</name>
    <message>
        <location filename="../sync_status.py" line="207"/>
        <source>Refused by the server: {why}</source>
        <translation>Refusé par le serveur : {why}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="211"/>
        <source>Delivered on {when}: {counts}</source>
        <translation>Remis le {when} : {counts}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Waiting for the next sync.</source>
        <translation>En attente de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="221"/>
        <source>{n} stored</source>
        <translation>{n} enregistrée(s)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="222"/>
        <source>{n} already there</source>
        <translation>{n} déjà présente(s)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="223"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} renvoyée(s) par les contrôles du serveur</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="226"/>
        <source>{n} conflicting</source>
        <translation>{n} en conflit</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="232"/>
        <source>no submissions in it</source>
        <translation>aucune soumission dedans</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="254"/>
        <source>the server does not know the device that wrote it (a device of another server, or one signed out since). Nothing of it was imported.</source>
        <translation>le serveur ne connaît pas l&apos;appareil qui l&apos;a écrit (un appareil d&apos;un autre serveur, ou déconnecté depuis). Rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="259"/>
        <source>it is damaged, or was changed since it was written. Nothing of it was imported: write it again from the enumerator&apos;s computer.</source>
        <translation>il est endommagé, ou a été modifié depuis son écriture. Rien n&apos;en a été importé : écrivez-le à nouveau depuis l&apos;ordinateur de l&apos;enquêteur.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="264"/>
        <source>it is not a Daftari bundle, or it was cut short.</source>
        <translation>ce n&apos;est pas un lot Daftari, ou il a été tronqué.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="267"/>
        <source>it was written by another version of Daftari than the server reads. Nothing of it was imported.</source>
        <translation>il a été écrit par une autre version de Daftari que celle que lit le serveur. Rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="272"/>
        <source>it holds more than one bundle may. Nothing of it was imported: write the submissions in several bundles.</source>
        <translation>il contient plus qu&apos;un lot ne peut. Rien n&apos;en a été importé : écrivez les soumissions en plusieurs lots.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="277"/>
        <source>its content cannot be read. Nothing of it was imported.</source>
        <translation>son contenu est illisible. Rien n&apos;en a été importé.</translation>
    </message>
</context>
<context>
    <name>CarriedBundlesDialog</name>
    <message>
        <location filename="../sync_status.py" line="149"/>
        <location filename="../sync_status.py" line="174"/>
        <source>Bundles brought from USB sticks</source>
        <translation>Lots apportés sur clé USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="154"/>
        <source>Each bundle stays sealed on this computer until a sync delivers it; the server then says what became of it.</source>
        <translation>Chaque lot reste scellé sur cet ordinateur jusqu&apos;à ce qu&apos;une synchronisation le remette ; le serveur dit ensuite ce qu&apos;il est devenu.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="158"/>
        <source>No bundle has been brought to this computer (Daftari → Bring a bundle…).</source>
        <translation>Aucun lot n&apos;a été apporté sur cet ordinateur (Daftari → Apporter un lot…).</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>Brought</source>
        <translation>Apporté</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="164"/>
        <source>What became of it</source>
        <translation>Ce qu&apos;il est devenu</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../secretariat.py" line="640"/>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="641"/>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="643"/>
        <source>← &amp;Previous page</source>
        <translation>← Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="645"/>
        <source>&amp;Next page →</source>
        <translation>Page &amp;suivante →</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="648"/>
        <source>Private &amp;key…</source>
        <translation>&amp;Clé privée…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="656"/>
        <source>The merged data</source>
        <translation>Les données fusionnées</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="660"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="661"/>
        <source>S&amp;tate</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="662"/>
        <source>Sit&amp;e</source>
        <translation>Sit&amp;e</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="608"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="609"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="610"/>
        <source>Form version</source>
        <translation>Version du formulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="611"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="612"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="614"/>
        <source>Submitted</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="615"/>
        <source>Changed</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="616"/>
        <source>Opened on the device</source>
        <translation>Ouvert sur l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="618"/>
        <source>Questionnaire no.</source>
        <translation>N° du questionnaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="619"/>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="620"/>
        <source>Enumerator on the paper</source>
        <translation>Enquêteur inscrit sur le papier</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="621"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="622"/>
        <source>Keyed by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="623"/>
        <source>Keyed at</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="625"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="744"/>
        <source>Rows {first}–{last}</source>
        <translation>Lignes {first}–{last}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="746"/>
        <source>No rows.</source>
        <translation>Aucune ligne.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="758"/>
        <location filename="../secretariat.py" line="801"/>
        <location filename="../secretariat.py" line="813"/>
        <source>The form&apos;s private key</source>
        <translation>La clé privée du formulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="760"/>
        <source>Private keys (*.pem);;All files (*)</source>
        <translation>Clés privées (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="806"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="807"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="791"/>
        <source>The private key is held for this session only: encrypted submissions are opened on this computer, never on the server.</source>
        <translation>La clé privée n&apos;est gardée que pour cette session : les soumissions chiffrées sont ouvertes sur cet ordinateur, jamais sur le serveur.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="787"/>
        <source>Private key: {name} (this session only)</source>
        <translation>Clé privée : {name} (pour cette session seulement)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="803"/>
        <source>Passphrase of the key {name}:</source>
        <translation>Phrase secrète de la clé {name} :</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="832"/>
        <source>{n} submission(s) on this page are encrypted: their answers can be read only with the form&apos;s private key (Private key…), on this computer.</source>
        <translation>{n} soumission(s) de cette page sont chiffrées : leurs réponses ne se lisent qu&apos;avec la clé privée du formulaire (Clé privée…), sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="838"/>
        <source>Opening {n} encrypted submission(s)…</source>
        <translation>Ouverture de {n} soumission(s) chiffrée(s)…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="870"/>
        <source>Opened on this computer with the private key</source>
        <translation>Ouvert sur cet ordinateur avec la clé privée</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="891"/>
        <source>{n} encrypted submission(s) opened on this computer.</source>
        <translation>{n} soumission(s) chiffrée(s) ouvertes sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="894"/>
        <source>{n} could not be opened with this key (another form&apos;s key, or changed since they were made): their reason is on their uuid.</source>
        <translation>{n} n&apos;ont pas pu être ouvertes avec cette clé (clé d&apos;un autre formulaire, ou modifiées depuis) : la raison est sur leur uuid.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <location filename="../dialogs.py" line="142"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="36"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="37"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="39"/>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="134"/>
        <source>Look in:</source>
        <translation>Regarder dans :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="135"/>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="136"/>
        <source>Files of type:</source>
        <translation>Fichiers de type :</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="140"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../secretariat.py" line="978"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="982"/>
        <source>Probable duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>First submission</source>
        <translation>Première soumission</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="988"/>
        <source>Second submission</source>
        <translation>Seconde soumission</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="990"/>
        <source>The two submissions side by side</source>
        <translation>Les deux soumissions côte à côte</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="995"/>
        <source>The two households, answer by answer</source>
        <translation>Les deux ménages, réponse par réponse</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="996"/>
        <location filename="../secretariat.py" line="1137"/>
        <source>Choose a pair to see its two submissions side by side.</source>
        <translation>Choisissez une paire pour voir ses deux soumissions côte à côte.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="998"/>
        <source>Only the differin&amp;g answers</source>
        <translation>Seulement les réponses qui diffèrent (&amp;g)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1003"/>
        <source>Keep &amp;both (two households)</source>
        <translation>Garder &amp;les deux (deux ménages)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1004"/>
        <source>The &amp;same household</source>
        <translation>Le &amp;même ménage</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1005"/>
        <source>Keep the fi&amp;rst</source>
        <translation>Garder le &amp;premier</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1006"/>
        <source>Keep the s&amp;econd</source>
        <translation>Garder le s&amp;econd</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1016"/>
        <source>Show decided &amp;pairs too</source>
        <translation>A&amp;fficher aussi les paires décidées</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1018"/>
        <source>U&amp;ndo the verdict</source>
        <translation>Annuler le &amp;verdict</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1023"/>
        <source>Key fields, separated by commas: &apos;:name&apos; matches names loosely, &apos;:phone&apos; phone numbers. Nothing is ever deleted: a verdict marks the pair, and the copy not kept is left out of the indicators and exports until the verdict is undone.</source>
        <translation>Champs clés, séparés par des virgules : &apos;:name&apos; rapproche les noms avec souplesse, &apos;:phone&apos; les numéros de téléphone. Rien n&apos;est jamais supprimé : un verdict marque la paire, et la copie non gardée est écartée des indicateurs et des exports jusqu&apos;à ce que le verdict soit annulé.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1047"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1048"/>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1055"/>
        <source>No&amp;te (optional)</source>
        <translation>Note (facultative) (&amp;z)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1078"/>
        <source>Both kept (two households)</source>
        <translation>Les deux gardés (deux ménages)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1079"/>
        <location filename="../secretariat.py" line="1264"/>
        <source>The same household</source>
        <translation>Le même ménage</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1080"/>
        <source>The first kept</source>
        <translation>Le premier gardé</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1081"/>
        <source>The second kept</source>
        <translation>Le second gardé</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Likeness</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1083"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1113"/>
        <source>{n} probable pairs to look at.</source>
        <translation>{n} paires probables à examiner.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1149"/>
        <source>Reading the two submissions from the server…</source>
        <translation>Lecture des deux soumissions sur le serveur…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1167"/>
        <source>The two submissions could not be read: {why}</source>
        <translation>Les deux soumissions n&apos;ont pas pu être lues : {why}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1206"/>
        <source>The two answers differ</source>
        <translation>Les deux réponses diffèrent</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1225"/>
        <source>Not found among the submissions this server lets you read: {uuids}.</source>
        <translation>Introuvable parmi les soumissions que ce serveur vous laisse lire : {uuids}.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1228"/>
        <source>{n} of {total} answers differ.</source>
        <translation>{n} réponses sur {total} diffèrent.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1249"/>
        <source>collected by {name}</source>
        <translation>recueillie par {name}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1263"/>
        <source>Keep both (two households)</source>
        <translation>Garder les deux (deux ménages)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1265"/>
        <source>Keep the first</source>
        <translation>Garder la première</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1266"/>
        <source>Keep the second</source>
        <translation>Garder la seconde</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1267"/>
        <source>Undo the verdict</source>
        <translation>Annuler le verdict</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1270"/>
        <source>First: {household}</source>
        <translation>Première : {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1271"/>
        <source>Second: {household}</source>
        <translation>Seconde : {household}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1274"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1277"/>
        <source>Record the verdict?</source>
        <translation>Enregistrer le verdict ?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1278"/>
        <source>Record the verdict “{verdict}” on these two submissions?</source>
        <translation>Enregistrer le verdict « {verdict} » sur ces deux soumissions ?</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1287"/>
        <source>&amp;Yes, record it</source>
        <translation>&amp;Oui, l&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1288"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1315"/>
        <source>The verdict is undone: both submissions count again.</source>
        <translation>Le verdict est annulé : les deux soumissions comptent à nouveau.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1317"/>
        <source>Kept, with who decided and when.</source>
        <translation>Enregistré, avec qui a décidé et quand.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="36"/>
        <source>Connect to a server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>Over the internet the address starts with {secure} (the connection is encrypted). A server in your own office is often reached with {plain} and its local address, e.g. {example}.</source>
        <translation>Sur Internet, l&apos;adresse commence par {secure} (la connexion est chiffrée). Un serveur situé dans votre propre bureau s&apos;atteint souvent avec {plain} et son adresse locale, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="61"/>
        <source>⚠ With {plain} your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ Avec {plain}, votre mot de passe et les réponses passent sur le réseau sans chiffrement : utilisez-le seulement sur le réseau du bureau, jamais sur Internet.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="71"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="74"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>Envoyer quand même en http simple (je connais le risque)</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="77"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="110"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>EntityConflictsWindow</name>
    <message>
        <location filename="../entity_conflicts.py" line="68"/>
        <source>Household conflicts</source>
        <translation>Conflits de ménages</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="84"/>
        <source>Households two computers updated differently</source>
        <translation>Ménages mis à jour différemment par deux ordinateurs</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="92"/>
        <source>Two computers updated the same household (or another entry of a list) from the same version, with no connection. Choose the value to keep for each property, then Resolve: the values chosen become its next version on the server, for every computer of the site.</source>
        <translation>Deux ordinateurs ont mis à jour le même ménage (ou une autre entrée d&apos;une liste) à partir de la même version, sans connexion. Choisissez la valeur à garder pour chaque propriété, puis Résoudre : les valeurs choisies deviennent sa version suivante sur le serveur, pour tous les ordinateurs du site.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="102"/>
        <location filename="../entity_conflicts.py" line="351"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="103"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="104"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="105"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="106"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="111"/>
        <source>Households in conflict</source>
        <translation>Ménages en conflit</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="154"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="158"/>
        <source>Read &amp;again</source>
        <translation>Re&amp;lire</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="226"/>
        <source>Reading the households in conflict from the server…</source>
        <translation>Lecture des ménages en conflit sur le serveur…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="242"/>
        <source>Same property, different values</source>
        <translation>Même propriété, valeurs différentes</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="243"/>
        <source>Different properties (both kept)</source>
        <translation>Propriétés différentes (toutes deux gardées)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="261"/>
        <source>{n} in conflict.</source>
        <translation>{n} ménage(s) en conflit.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="263"/>
        <source>No household is in conflict: every update agrees.</source>
        <translation>Aucun ménage n&apos;est en conflit : toutes les mises à jour concordent.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="287"/>
        <source>Reading its versions from the server…</source>
        <translation>Lecture de ses versions sur le serveur…</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="321"/>
        <source>{label} — {list}, version {version}</source>
        <translation>{label} — {list}, version {version}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="327"/>
        <source>{n} updates since version {since}: each property&apos;s value then, and each proposed since. The newest is chosen.</source>
        <translation>{n} mises à jour depuis la version {since} : la valeur de chaque propriété alors, et chacune de celles proposées depuis. La plus récente est choisie.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="332"/>
        <source>No property has competing values: Resolve keeps it as it is and ends the conflict.</source>
        <translation>Aucune propriété n&apos;a de valeurs concurrentes : Résoudre le garde tel quel et met fin au conflit.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="353"/>
        <source>{name} — different values proposed</source>
        <translation>{name} — valeurs différentes proposées</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="355"/>
        <source>{name} — changed by one computer</source>
        <translation>{name} — modifié par un seul ordinateur</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="382"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="386"/>
        <source>before the conflict: version {version}, {who}, {when}</source>
        <translation>avant le conflit : version {version}, {who}, {when}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="393"/>
        <source>{who}, {when} (version {version})</source>
        <translation>{who}, {when} (version {version})</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="398"/>
        <source>{value} — {said}</source>
        <translation>{value} — {said}</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="424"/>
        <source>{label}: resolved, as version {version} with the values chosen.</source>
        <translation>{label} : résolu, en version {version} avec les valeurs choisies.</translation>
    </message>
    <message>
        <location filename="../entity_conflicts.py" line="436"/>
        <source>{label} changed on the server since you looked at it; it was read again. Choose again, then Resolve.</source>
        <translation>{label} a changé sur le serveur depuis que vous l&apos;avez regardé ; il a été relu. Choisissez à nouveau, puis Résoudre.</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <location filename="../to_visit.py" line="171"/>
        <location filename="../to_visit.py" line="172"/>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="176"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="178"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="190"/>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="195"/>
        <source>{name}: {before} → {after}</source>
        <translation>{name} : {before} → {after}</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="205"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="206"/>
        <source>(no change)</source>
        <translation>(aucun changement)</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../secretariat.py" line="1335"/>
        <source>CSV (a zip: one file per table)</source>
        <translation>CSV (un zip : un fichier par table)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1336"/>
        <source>Excel (one sheet per table)</source>
        <translation>Excel (une feuille par table)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1337"/>
        <source>Stata (.dta, with labels)</source>
        <translation>Stata (.dta, avec libellés)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1338"/>
        <source>SPSS (.sav, with labels)</source>
        <translation>SPSS (.sav, avec libellés)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1339"/>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1349"/>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1351"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1352"/>
        <source>&amp;Photos and files too (in the zip)</source>
        <translation>&amp;Photos et fichiers aussi (dans le zip)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1353"/>
        <source>&amp;Save the export as…</source>
        <translation>Enregi&amp;strer l&apos;export sous…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1365"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1366"/>
        <source>For&amp;mat</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1367"/>
        <source>La&amp;bels in</source>
        <translation>Li&amp;bellés en</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1372"/>
        <source>S&amp;tate</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1373"/>
        <source>Sit&amp;e</source>
        <translation>Sit&amp;e</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1374"/>
        <source>Changed si&amp;nce</source>
        <translation>Modifiées depuis &amp;le</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1394"/>
        <source>The form&apos;s own</source>
        <translation>Ceux du formulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1406"/>
        <source>The codebook of this format has the labels in every language.</source>
        <translation>Le dictionnaire des variables de ce format a les libellés dans chaque langue.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1413"/>
        <source>Save the export as</source>
        <translation>Enregistrer l&apos;export sous</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1435"/>
        <source>The server is making the export…</source>
        <translation>Le serveur prépare l&apos;export…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1471"/>
        <source>Reading submissions: %v of {total}</source>
        <translation>Lecture des saisies : %v sur {total}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1477"/>
        <source>Downloading the file…</source>
        <translation>Téléchargement du fichier…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1480"/>
        <source>Downloading: %p%</source>
        <translation>Téléchargement : %p%</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1494"/>
        <source>Saved {path} ({rows} rows; the codebook is inside).</source>
        <translation>Enregistré {path} ({rows} lignes ; le dictionnaire des variables est dedans).</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1499"/>
        <source>The export is saved.</source>
        <translation>L&apos;export est enregistré.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="1503"/>
        <source>The export failed: {why}</source>
        <translation>L&apos;export a échoué : {why}</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="72"/>
        <source>Form language</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../filling.py" line="74"/>
        <source>(one language)</source>
        <translation>(une seule langue)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="84"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Sent back for correction: {reason}</source>
        <translation>Renvoyé pour correction : {reason}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="130"/>
        <source>◀ Back (PgUp)</source>
        <translation>◀ Précédent (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="131"/>
        <source>Next (PgDn) ▶</source>
        <translation>Suivant (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../filling.py" line="132"/>
        <source>Overview (Ctrl+J)</source>
        <translation>Vue d&apos;ensemble (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="133"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>Enregistrer et fermer (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="147"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>Supprimer le brouillon (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="153"/>
        <source>Correct this submission (Alt+C)</source>
        <translation>Corriger cette soumission (Alt+C)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="445"/>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <location filename="../filling.py" line="447"/>
        <source>Every answer is on the disk.</source>
        <translation>Toutes les réponses sont enregistrées sur le disque.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="449"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="491"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>Supprimer cette entrée “{label}” (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="506"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="510"/>
        <source>Page {n} of {count}</source>
        <translation>Page {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="526"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>Ajouter une autre entrée “{label}” ? Il y en a {count} maintenant.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="533"/>
        <source>Add another (Alt+A)</source>
        <translation>Ajouter une entrée (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="534"/>
        <source>No, go on (Enter)</source>
        <translation>Non, continuer (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="541"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>Supprimer la dernière (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="630"/>
        <source>How many entries there are is set by an answer earlier in the form: change that answer to remove one.</source>
        <translation>Le nombre d&apos;entrées dépend d&apos;une réponse donnée plus haut dans le formulaire : modifiez cette réponse pour en supprimer une.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="670"/>
        <source>Finalize (Alt+F)</source>
        <translation>Finaliser (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="720"/>
        <source>Why was it changed?</source>
        <translation>Pourquoi cette modification ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="723"/>
        <source>This form asks why a finalized submission is changed. Say why (it goes with the submission&apos;s audit log):</source>
        <translation>Ce formulaire demande pourquoi une soumission finalisée est modifiée. Dites pourquoi (la raison accompagne le journal d&apos;audit de la soumission) :</translation>
    </message>
    <message>
        <location filename="../filling.py" line="727"/>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../filling.py" line="590"/>
        <source>Remove answers?</source>
        <translation>Supprimer des réponses ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="592"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>Le nombre est maintenant {wanted}, mais ces entrées contiennent des réponses : {names}.

Les supprimer avec leurs réponses ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="604"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>Les garder (le nombre revient à {n})</translation>
    </message>
    <message>
        <location filename="../filling.py" line="605"/>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <location filename="../filling.py" line="606"/>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <location filename="../filling.py" line="639"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../filling.py" line="640"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>Supprimer “{label}” {n} et toutes ses réponses ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="659"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>Fin du formulaire. Vérifiez les problèmes ci-dessous, puis finalisez.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="664"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../filling.py" line="692"/>
        <source>No problems: ready to finalize.</source>
        <translation>Aucun problème : prêt à finaliser.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="694"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>Ce formulaire est finalisé et ne peut plus être modifié.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="62"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../home.py" line="63"/>
        <source>Ready to send</source>
        <translation>Prêts à envoyer</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../home.py" line="65"/>
        <source>Sent back</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../home.py" line="69"/>
        <source>&amp;Forms</source>
        <translation>&amp;Formulaires</translation>
    </message>
    <message>
        <location filename="../home.py" line="72"/>
        <source>Installed forms</source>
        <translation>Formulaires installés</translation>
    </message>
    <message>
        <location filename="../home.py" line="271"/>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="76"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>&amp;Remplir un formulaire (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="89"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>Rechercher dans les titres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="281"/>
        <source>All forms</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../home.py" line="86"/>
        <source>To visit</source>
        <translation>À visiter</translation>
    </message>
    <message>
        <location filename="../home.py" line="96"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../home.py" line="97"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../home.py" line="117"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../home.py" line="118"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../home.py" line="119"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../home.py" line="120"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../home.py" line="121"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Submissions</source>
        <translation>Formulaires remplis</translation>
    </message>
    <message>
        <location filename="../home.py" line="245"/>
        <source>To visit ({left})</source>
        <translation>À visiter ({left})</translation>
    </message>
    <message>
        <location filename="../home.py" line="324"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location filename="../home.py" line="344"/>
        <source>Print assignment sheets</source>
        <translation>Imprimer les fiches d’affectation</translation>
    </message>
    <message>
        <location filename="../home.py" line="369"/>
        <source>{n} sheet(s) printed to {file}.</source>
        <translation>{n} fiche(s) imprimée(s) dans {file}.</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <location filename="../assignment_models.py" line="213"/>
        <source>Refused by the server: {why}</source>
        <translation>Refusé par le serveur : {why}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="231"/>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="234"/>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="237"/>
        <source>{label} — {facts}</source>
        <translation>{label} — {facts}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="239"/>
        <source>{household} (already given to {names})</source>
        <translation>{household} (déjà affecté à {names})</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../secretariat.py" line="67"/>
        <source>households using at least basic drinking water</source>
        <translation>ménages utilisant au moins une eau de boisson de base</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="68"/>
        <source>households using surface water</source>
        <translation>ménages utilisant des eaux de surface</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="69"/>
        <source>households with at least basic sanitation</source>
        <translation>ménages disposant au moins d&apos;un assainissement de base</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="70"/>
        <source>households practising open defecation</source>
        <translation>ménages pratiquant la défécation à l&apos;air libre</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="71"/>
        <source>households relying on clean cooking fuel</source>
        <translation>ménages utilisant un combustible de cuisson propre</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="72"/>
        <source>households with any electricity</source>
        <translation>ménages ayant l&apos;électricité, quelle qu&apos;elle soit</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="73"/>
        <source>households with poor or borderline food consumption</source>
        <translation>ménages à consommation alimentaire pauvre ou limite</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="76"/>
        <source>mean persons per sleeping room</source>
        <translation>nombre moyen de personnes par pièce à dormir</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="77"/>
        <source>households with more than 3 persons per sleeping room</source>
        <translation>ménages de plus de 3 personnes par pièce à dormir</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="80"/>
        <source>members aged 5 or more with a disability (Washington Group cut-off)</source>
        <translation>membres de 5 ans ou plus en situation de handicap (seuil du Washington Group)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="83"/>
        <source>households whose head has no identity document</source>
        <translation>ménages dont le chef n&apos;a aucun document d&apos;identité</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="84"/>
        <source>children under 5 with a birth certificate</source>
        <translation>enfants de moins de 5 ans ayant un acte de naissance</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="85"/>
        <source>households hit by any shock in 6 months</source>
        <translation>ménages touchés par un choc en 6 mois</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="86"/>
        <location filename="../secretariat.py" line="110"/>
        <source>median monthly income per person</source>
        <translation>revenu mensuel médian par personne</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="87"/>
        <source>households using the service in the last 3 months</source>
        <translation>ménages ayant utilisé le service ces 3 derniers mois</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="90"/>
        <source>users reaching it within 30 minutes</source>
        <translation>usagers qui l&apos;atteignent en 30 minutes ou moins</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="91"/>
        <source>median one-way travel time, minutes</source>
        <translation>temps de trajet aller médian, en minutes</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="92"/>
        <source>users reporting any barrier</source>
        <translation>usagers signalant un obstacle</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="93"/>
        <source>households refused because of nationality or status</source>
        <translation>ménages refusés à cause de leur nationalité ou statut</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="96"/>
        <source>users satisfied (4-5)</source>
        <translation>usagers satisfaits (4-5)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="97"/>
        <source>median cost per user, last 3 months</source>
        <translation>coût médian par usager, 3 derniers mois</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="98"/>
        <source>share of the city&apos;s population</source>
        <translation>part de la population de la ville</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="99"/>
        <source>average household size</source>
        <translation>taille moyenne des ménages</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="100"/>
        <source>dependency ratio (0-17 and 60+ per 18-59)</source>
        <translation>rapport de dépendance (0-17 et 60+ pour 18-59)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="101"/>
        <source>males per 100 females</source>
        <translation>hommes pour 100 femmes</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="102"/>
        <source>P6 dwelling occupancy rate</source>
        <translation>P6 taux d&apos;occupation des logements</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../secretariat.py" line="324"/>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="328"/>
        <source>Save the table as &amp;CSV…</source>
        <translation>Enregistrer le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="330"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="334"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="335"/>
        <source>Population group</source>
        <translation>Groupe de population</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="336"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="337"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="338"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="339"/>
        <source>Households (or persons)</source>
        <translation>Ménages (ou personnes)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="343"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="348"/>
        <source>Bars for each population &amp;group too</source>
        <translation>&amp;Barres par groupe de population aussi</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="364"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="365"/>
        <source>S&amp;tate</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="373"/>
        <source>C&amp;hart of</source>
        <translation>&amp;Graphique de</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="420"/>
        <source>{n} figures, computed on the server.</source>
        <translation>{n} chiffres, calculés sur le serveur.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="358"/>
        <location filename="../secretariat.py" line="426"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="356"/>
        <source>Computed on the server from the submissions in the chosen state, per city and population group; “{all}” is every city or group together.</source>
        <translation>Calculés sur le serveur à partir des saisies dans l&apos;état choisi, par ville et groupe de population ; « {all} » réunit toutes les villes ou tous les groupes.</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="454"/>
        <source>Save the indicators</source>
        <translation>Enregistrer les indicateurs</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="450"/>
        <location filename="../secretariat.py" line="464"/>
        <source>Saved {path}</source>
        <translation>Enregistré {path}</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="468"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>KeepAsWritten</name>
    <message>
        <location filename="../keyed_entry.py" line="111"/>
        <source>Not what the form allows</source>
        <translation>Pas ce que le formulaire permet</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="116"/>
        <source>{value} breaks the form&apos;s rule: {rule}

Is it what the paper says? Keep it as written only when the paper says so: the supervisor will see it.</source>
        <translation>{value} enfreint la règle du formulaire : {rule}

Est-ce ce que dit le papier ? Gardez-le tel qu&apos;écrit seulement si le papier le dit : le superviseur le verra.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="124"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (facultative) :</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="130"/>
        <source>&amp;Correct it</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="133"/>
        <source>&amp;Keep as written on the paper</source>
        <translation>&amp;Garder tel qu&apos;écrit sur le papier</translation>
    </message>
</context>
<context>
    <name>KeyedEntryView</name>
    <message>
        <location filename="../keyed_entry.py" line="177"/>
        <source>Questionnaire &amp;number</source>
        <translation>&amp;Numéro du questionnaire</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="178"/>
        <source>Interview da&amp;te</source>
        <translation>Da&amp;te de l&apos;entretien</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="179"/>
        <source>&amp;Enumerator on the paper</source>
        <translation>&amp;Enquêteur inscrit sur le papier</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="180"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="189"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="211"/>
        <source>Enter: next · Up: back · Ctrl+Enter: save this questionnaire and key the next</source>
        <translation>Entrée : suivant · Haut : retour · Ctrl+Entrée : enregistrer ce questionnaire et saisir le suivant</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="214"/>
        <source>&amp;Save and key the next</source>
        <translation>Enregi&amp;strer et saisir le suivant</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="228"/>
        <source>No choice has the code {code}. The codes are {codes}.</source>
        <translation>Aucun choix n&apos;a le code {code}. Les codes sont {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="229"/>
        <source>One code only: {codes}.</source>
        <translation>Un seul code : {codes}.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="230"/>
        <source>Code {code} cannot be chosen here (by an earlier answer).</source>
        <translation>Le code {code} ne peut pas être choisi ici (à cause d&apos;une réponse précédente).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="231"/>
        <source>This question needs an answer.</source>
        <translation>Cette question demande une réponse.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="233"/>
        <source>Key the questionnaire&apos;s number as written on the paper (digits only), or scan its QR code.</source>
        <translation>Saisissez le numéro du questionnaire tel qu&apos;écrit sur le papier (chiffres seulement), ou scannez son code QR.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="237"/>
        <source>{date} is not a day of the calendar: check the day and the month.</source>
        <translation>{date} n&apos;est pas un jour du calendrier : vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="240"/>
        <source>Questionnaire {number} was keyed already (on {when}). Check the number.</source>
        <translation>Le questionnaire {number} a déjà été saisi (le {when}). Vérifiez le numéro.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="242"/>
        <source>Key the interview&apos;s date as DD/MM/YYYY.</source>
        <translation>Saisissez la date de l&apos;entretien sous la forme JJ/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="243"/>
        <source>{date} is after today: check the interview&apos;s date.</source>
        <translation>{date} est après aujourd&apos;hui : vérifiez la date de l&apos;entretien.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="244"/>
        <source>Key the enumerator&apos;s name or code, as on the paper.</source>
        <translation>Saisissez le nom ou le code de l&apos;enquêteur, comme sur le papier.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="245"/>
        <source>Questionnaire {number} saved: {count} keyed in this sitting.</source>
        <translation>Questionnaire {number} enregistré : {count} saisis pendant cette séance.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="246"/>
        <source>Another entry? 1: yes · Enter: no</source>
        <translation>Une autre ligne ? 1 : oui · Entrée : non</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="248"/>
        <source>Questionnaire {number} keyed a second time: {differences} answer(s) differ ({count} in this sitting).</source>
        <translation>Questionnaire {number} saisi une deuxième fois : {differences} réponse(s) diffèrent ({count} pendant cette séance).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="252"/>
        <source>Questionnaire {number} has not been keyed a first time (in this batch).</source>
        <translation>Le questionnaire {number} n&apos;a pas encore été saisi une première fois (dans ce lot).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="255"/>
        <source>You keyed questionnaire {number} the first time: another clerk keys it again.</source>
        <translation>Vous avez saisi le questionnaire {number} la première fois : un autre agent le saisit à nouveau.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="257"/>
        <source>Questionnaire {number} was keyed twice already.</source>
        <translation>Le questionnaire {number} a déjà été saisi deux fois.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="258"/>
        <source>This questionnaire&apos;s code is of another form ({form}).</source>
        <translation>Le code de ce questionnaire est celui d&apos;un autre formulaire ({form}).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="260"/>
        <source>Assignment {id} of this sheet is not on this computer: sync, then scan it again. The number is kept.</source>
        <translation>L’affectation {id} de cette fiche n’est pas sur cet ordinateur : synchronisez, puis scannez-la de nouveau. Le numéro est gardé.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="264"/>
        <source>No question {number} to key here (none has that number, or it is skipped).</source>
        <translation>Pas de question {number} à saisir ici (aucune n&apos;a ce numéro, ou elle est sautée).</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="266"/>
        <source>Key 1 for another entry, or nothing to go on.</source>
        <translation>Tapez 1 pour une autre ligne, ou rien pour continuer.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="298"/>
        <source>Second keying (blind) of paper questionnaires: {form}</source>
        <translation>Deuxième saisie (à l&apos;aveugle) de questionnaires papier : {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="301"/>
        <source>Keying paper questionnaires: {form}</source>
        <translation>Saisie de questionnaires papier : {form}</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="535"/>
        <source>kept as on paper</source>
        <translation>gardé comme sur le papier</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="601"/>
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="602"/>
        <source>Question &amp;number:</source>
        <translation>&amp;Numéro de la question :</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="778"/>
        <source>End of the questionnaire: Enter saves it.</source>
        <translation>Fin du questionnaire : Entrée l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../keyed_entry.py" line="879"/>
        <source>End of the questionnaire: Enter saves it, Up goes back.</source>
        <translation>Fin du questionnaire : Entrée l&apos;enregistre, Haut revient en arrière.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>Bienvenue dans Daftari. Créez le profil administrateur de cet ordinateur : il pourra ajouter les autres utilisateurs et réinitialiser un mot de passe oublié.</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Identifiant d&apos;enquêteur :</translation>
    </message>
    <message>
        <location filename="../login.py" line="76"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Site (ville) :</translation>
    </message>
    <message>
        <location filename="../login.py" line="77"/>
        <location filename="../login.py" line="96"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../login.py" line="78"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Retapez le mot de passe :</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <location filename="../login.py" line="83"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>Verrouillé. Saisissez votre mot de passe pour continuer, ou changez d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../login.py" line="85"/>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../login.py" line="137"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../login.py" line="152"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;Daftari</source>
        <translation>&amp;Daftari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>&amp;Installer un formulaire (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Verrouiller / changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connexion à un serveur…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>Connect to ODK Central or &amp;KoboToolbox…</source>
        <translation>Se connecter à ODK Central ou &amp;KoboToolbox…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;Bring a bundle from a USB stick…</source>
        <translation>Apporter un &amp;lot depuis une clé USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Bundles b&amp;rought from USB sticks…</source>
        <translation>Lots appo&amp;rtés sur clé USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>&amp;Put submissions on a USB stick…</source>
        <translation>&amp;Mettre les soumissions sur une clé USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Receive &amp;updates from a USB stick…</source>
        <translation>Recevoir des &amp;mises à jour depuis une clé USB…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>&amp;My forms and submissions</source>
        <translation>&amp;Mes formulaires et saisies</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>&amp;Review submissions</source>
        <translation>&amp;Réviser les saisies</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>&amp;Indicators, data and exports</source>
        <translation>&amp;Indicateurs, données et exports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>&amp;Key paper questionnaires…</source>
        <translation>&amp;Saisir des questionnaires papier…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Key papers a &amp;second time (verification)…</source>
        <translation>Saisir une deu&amp;xième fois (vérification)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;Batches and differences</source>
        <translation>L&amp;ots et différences</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Household &amp;conflicts…</source>
        <translation>&amp;Conflits de ménages…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>&amp;Assignments</source>
        <translation>&amp;Affectations</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>&amp;Quality of the work</source>
        <translation>&amp;Qualité du travail</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413"/>
        <source>Install a form first (Ctrl+I).</source>
        <translation>Installez d&apos;abord un formulaire (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>Key paper questionnaires</source>
        <translation>Saisir des questionnaires papier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="592"/>
        <source>Connected: {n} form(s) listed there, installed on this computer now.</source>
        <translation>Connecté : {n} formulaire(s) proposé(s) là-bas, installé(s) sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="607"/>
        <source>Bring a bundle from a USB stick</source>
        <translation>Apporter un lot depuis une clé USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="609"/>
        <location filename="../main_window.py" line="688"/>
        <location filename="../main_window.py" line="768"/>
        <source>Daftari bundles (*.bundle);;All files (*)</source>
        <translation>Lots Daftari (*.bundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="632"/>
        <source>{name} is kept on this computer, sealed. It goes to the server at the first sync once this computer is connected to one (Daftari → Connect to a server).</source>
        <translation>{name} est conservé sur cet ordinateur, scellé. Il part au serveur à la première synchronisation, une fois cet ordinateur connecté à un serveur (Daftari → Connexion à un serveur).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="637"/>
        <source>{name} is kept on this computer and goes to the server at the next sync. It is sealed: its answers cannot be read here.</source>
        <translation>{name} est conservé sur cet ordinateur et part au serveur à la prochaine synchronisation. Il est scellé : ses réponses ne peuvent pas être lues ici.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>Bundle kept</source>
        <translation>Lot conservé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="655"/>
        <source>The bundle was not kept</source>
        <translation>Le lot n&apos;a pas été conservé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="671"/>
        <location filename="../main_window.py" line="739"/>
        <location filename="../main_window.py" line="749"/>
        <source>Nothing was put on the stick</source>
        <translation>Rien n&apos;a été mis sur la clé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="684"/>
        <source>Put submissions on a USB stick</source>
        <translation>Mettre les soumissions sur une clé USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="708"/>
        <source>Submissions put on the stick</source>
        <translation>Soumissions mises sur la clé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="710"/>
        <source>{n} submission(s) went into {file}. Take the stick to a computer that syncs with the server; they stay here as waiting until this computer&apos;s next sync hears that they arrived.</source>
        <translation>{n} soumission(s) sont dans {file}. Portez la clé à un ordinateur qui se synchronise avec le serveur ; elles restent ici en attente jusqu&apos;à ce que la prochaine synchronisation de cet ordinateur apprenne leur arrivée.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="725"/>
        <source>{file} could not be written ({why}): nothing was put on the stick. Is the stick in, not full, and not locked against writing?</source>
        <translation>{file} n&apos;a pas pu être écrit ({why}) : rien n&apos;a été mis sur la clé. La clé est-elle branchée, pas pleine, et pas verrouillée en écriture ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="732"/>
        <source>Your waiting submissions and their photos are more than one bundle carries. Sync them over a network, or ask for help to write them in several bundles.</source>
        <translation>Vos soumissions en attente et leurs photos dépassent ce qu&apos;un lot contient. Synchronisez-les par un réseau, ou demandez de l&apos;aide pour les écrire en plusieurs lots.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="743"/>
        <source>A bundle is sealed for your server, so that only it can read it: connect to it first (Daftari → Connect to a server).</source>
        <translation>Un lot est scellé pour votre serveur, pour que lui seul puisse le lire : connectez-vous-y d&apos;abord (Daftari → Se connecter à un serveur).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>No finalized submission of yours waits to be sent: there is nothing to put on a stick, and no file was written.</source>
        <translation>Aucune de vos soumissions finalisées n&apos;attend d&apos;être envoyée : rien à mettre sur une clé, et aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="762"/>
        <location filename="../main_window.py" line="795"/>
        <source>Nothing was received</source>
        <translation>Rien n’a été reçu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="766"/>
        <source>Receive updates from a USB stick</source>
        <translation>Recevoir des mises à jour depuis une clé USB</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="781"/>
        <source>Updates received</source>
        <translation>Mises à jour reçues</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="783"/>
        <source>{entities} household(s) or person(s) of the site&apos;s lists and {assignments} assignment(s) are on this computer now; {returned} submission(s) were sent back to correct.</source>
        <translation>{entities} ménage(s) ou personne(s) des listes du site et {assignments} affectation(s) sont maintenant sur cet ordinateur ; {returned} soumission(s) ont été renvoyées pour correction.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="874"/>
        <source>The visit cannot open</source>
        <translation>La visite ne peut pas s’ouvrir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="884"/>
        <source>Opening the form: reading its lists…</source>
        <translation>Ouverture du formulaire : lecture de ses listes…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1026"/>
        <source>Reopened by you to correct it.</source>
        <translation>Rouverte par vous pour la corriger.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1031"/>
        <source>Reopened: correct it and finalize again; it is sent as an edit.</source>
        <translation>Rouverte : corrigez-la et finalisez-la à nouveau ; elle est envoyée comme une modification.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1043"/>
        <source>Discard this draft?</source>
        <translation>Supprimer ce brouillon ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1045"/>
        <source>Discard “{title}”? Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>Supprimer “{title}” ? Ses réponses (et ses photos) seront effacées de cet ordinateur. Cette action ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1061"/>
        <source>The draft was discarded.</source>
        <translation>Le brouillon a été supprimé.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1070"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>Finalisé. Il sera envoyé dès qu&apos;une connexion sera disponible.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1076"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1077"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1078"/>
        <source>Type a whole number.</source>
        <translation>Tapez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1079"/>
        <source>Type a number.</source>
        <translation>Tapez un nombre.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1081"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>“{typed}” peut vouloir dire {first} ou {second}. Tapez {first} ou {second}, selon ce que vous voulez dire.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1084"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>“{typed}” : ici, la virgule ne sert pas de séparateur décimal. Pour {value}, tapez {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1086"/>
        <source>Too many digits to keep exactly.</source>
        <translation>Trop de chiffres : le nombre ne peut pas être gardé exactement.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1087"/>
        <source>Will be stored as {value}.</source>
        <translation>Sera enregistré comme {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1088"/>
        <source>No choice has the code {code}.</source>
        <translation>Aucun choix n&apos;a le code {code}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1089"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>Tapez une date au format YYYY-MM-DD (F4 ouvre un calendrier).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1090"/>
        <source>Type a time as HH:MM.</source>
        <translation>Tapez une heure au format HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1091"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Tapez une date et une heure au format YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1092"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1093"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1094"/>
        <source>Accuracy (m)</source>
        <translation>Précision (m)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1095"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>La latitude et la longitude sont des nombres, par exemple 3.7194 et 34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1096"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>La latitude est comprise entre -90 et 90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1097"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>La longitude est comprise entre -180 et 180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1098"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>La précision est un nombre de mètres positif.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1125"/>
        <source>Install a form</source>
        <translation>Installer un formulaire</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1127"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>Formulaires XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1144"/>
        <source>Installed {title}, version {version}.</source>
        <translation>Formulaire installé : {title}, version {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1146"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}, version {version}, était déjà installé.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="1158"/>
        <source>The form was not installed</source>
        <translation>Le formulaire n&apos;a pas été installé</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>{name} is not a Daftari bundle (or it was cut short): nothing was kept.</source>
        <translation>{name} n&apos;est pas un lot Daftari (ou il a été tronqué) : rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>{name} was brought to this computer before: it is not kept twice.</source>
        <translation>{name} a déjà été apporté sur cet ordinateur : il n&apos;est pas conservé deux fois.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>{name} is not a private key (a PEM file, as ODK&apos;s key tools write it).</source>
        <translation>{name} n&apos;est pas une clé privée (un fichier PEM, comme l&apos;écrivent les outils de clés d&apos;ODK).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>That passphrase does not open {name}.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {name}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>{name} is no longer in the list {list} on this computer: it was closed or moved to another site. Ask your supervisor; sync first if you have not today.</source>
        <translation>{name} n’est plus dans la liste {list} sur cet ordinateur : il a été fermé ou transféré vers un autre site. Demandez à votre superviseur ; synchronisez d’abord si vous ne l’avez pas fait aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Un mot de passe doit contenir au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>{name} holds submissions for the server, not updates from it: bring it to a computer that syncs (Daftari → Bring a bundle from a USB stick).</source>
        <translation>{name} contient des soumissions pour le serveur, pas des mises à jour de sa part : apportez-le à un ordinateur qui synchronise (Daftari → Apporter un paquet depuis une clé USB).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>{name} was made for another computer: ask the office for updates made for this one. Nothing was applied.</source>
        <translation>{name} a été fait pour un autre ordinateur : demandez au bureau des mises à jour faites pour celui-ci. Rien n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>{name} cannot be read: nothing was applied.</source>
        <translation>{name} ne peut pas être lu : rien n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>{name} is not updates from the server, or it was damaged or changed on the way: nothing was applied.</source>
        <translation>{name} n’est pas une mise à jour du serveur, ou a été abîmé ou modifié en route : rien n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>That password is not right.</source>
        <translation>Ce mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>There is no such user on this computer.</source>
        <translation>Cet utilisateur n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>This profile is disabled: ask this computer&apos;s administrator.</source>
        <translation>Ce profil est désactivé : demandez à l&apos;administrateur de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>This is a plain {plain} address on the internet: your password and the answers would cross it unencrypted. Use the server&apos;s {secure} address.</source>
        <translation>C&apos;est une adresse {plain} simple sur Internet : votre mot de passe et les réponses y passeraient sans chiffrement. Utilisez l&apos;adresse {secure} du serveur.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>A server address starts with {plain} or {secure}.</source>
        <translation>Une adresse de serveur commence par {plain} ou {secure}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>Say what to correct before sending it back: a comment on the whole, or on an answer (Enter on it).</source>
        <translation>Dites ce qu&apos;il faut corriger avant de renvoyer : un commentaire sur l&apos;ensemble, ou sur une réponse (Entrée dessus).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>A comment is at most 4,000 characters, and 2,000 on one answer.</source>
        <translation>Un commentaire fait au plus 4 000 caractères, et 2 000 sur une réponse.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>The server&apos;s checks refused this revision (it breaks the form&apos;s rules): it can only be sent back.</source>
        <translation>Les contrôles du serveur ont refusé cette révision (elle enfreint les règles du formulaire) : elle ne peut qu&apos;être renvoyée.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>The quality checks flagged this submission: to approve it, say in the comment why it stands.</source>
        <translation>Les contrôles de qualité ont signalé cette soumission : pour l&apos;approuver, dites dans le commentaire pourquoi elle est retenue.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>The Secretariat has decided on this revision: the site decides again on the next one.</source>
        <translation>Le Secrétariat a décidé de cette révision : le site décide à nouveau sur la suivante.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>No connection to the server: check the address and the network. Sync will try again by itself.</source>
        <translation>Pas de connexion au serveur : vérifiez l&apos;adresse et le réseau. La synchronisation réessaiera d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>The server refused this account name or password.</source>
        <translation>Le serveur a refusé ce nom de compte ou ce mot de passe.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>Something that is not a Daftari server answered: a Wi-Fi login page or a proxy may be in the way.</source>
        <translation>Ce qui a répondu n&apos;est pas un serveur Daftari : une page de connexion Wi-Fi ou un proxy fait peut-être obstacle.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>This address does not answer as ODK Central or KoboToolbox do (no form list came back): check it, as ODK Collect would be given it. A Wi-Fi login page or a proxy may be in the way.</source>
        <translation>Cette adresse ne répond pas comme ODK Central ou KoboToolbox (aucune liste de formulaires n&apos;est revenue) : vérifiez-la, telle qu&apos;on la donnerait à ODK Collect. Une page de connexion Wi-Fi ou un proxy peut être en travers.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="158"/>
        <source>No form list came back from this address: check it, as ODK Collect would be given it (an ODK Central address ends with /projects/ and a number).</source>
        <translation>Aucune liste de formulaires n&apos;est revenue de cette adresse : vérifiez-la, telle qu&apos;on la donnerait à ODK Collect (une adresse ODK Central finit par /projects/ et un numéro).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>The server failed. Sync will try again by itself.</source>
        <translation>Le serveur a rencontré une erreur. La synchronisation réessaiera d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>The sync did not finish. It will try again by itself.</source>
        <translation>La synchronisation n&apos;a pas abouti. Elle réessaiera d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="169"/>
        <source>The disk is full: nothing new can be saved. Your earlier answers are safe; free some space.</source>
        <translation>Le disque est plein : plus rien de nouveau ne peut être enregistré. Vos réponses précédentes ne sont pas perdues ; libérez de la place.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="195"/>
        <source>A newer revision of this submission reached the server since it was looked at here: look at the new one, then decide again.</source>
        <translation>Une révision plus récente de cette soumission a atteint le serveur depuis qu&apos;elle a été vue ici : regardez la nouvelle, puis décidez à nouveau.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>It changed on the server meanwhile: look at it again, then try again.</source>
        <translation>Cela a changé sur le serveur entre-temps : regardez à nouveau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="205"/>
        <source>The server does not let your account do this: ask whoever runs the server to check your account&apos;s role.</source>
        <translation>Le serveur ne permet pas cela à votre compte : demandez à qui gère le serveur de vérifier le rôle de votre compte.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>The server has nothing of that for your account: it may be another site&apos;s, or no longer there.</source>
        <translation>Le serveur n&apos;a rien de tel pour votre compte : cela appartient peut-être à un autre site, ou n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="219"/>
        <source>The server could not take this decision as it was made (a comment, or an answer commented on, it cannot keep): open the submission and decide again.</source>
        <translation>Le serveur n&apos;a pas pu accepter cette décision telle quelle (un commentaire, ou une réponse commentée, qu&apos;il ne peut garder) : ouvrez la soumission et décidez à nouveau.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>Too many attempts at once: wait a few minutes, then try again.</source>
        <translation>Trop de tentatives à la fois : attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>That is more than the server takes at once.</source>
        <translation>C&apos;est plus que ce que le serveur accepte en une fois.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="232"/>
        <source>The server refused this request.</source>
        <translation>Le serveur a refusé cette demande.</translation>
    </message>
</context>
<context>
    <name>OpenAssignmentsModel</name>
    <message>
        <location filename="../assignment_models.py" line="51"/>
        <source>Household or work</source>
        <translation>Ménage ou travail</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="52"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="53"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="54"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="55"/>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="56"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="80"/>
        <source>{zone}: {n} new registration(s)</source>
        <translation>{zone} : {n} nouveau(x) enregistrement(s)</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="81"/>
        <source>{n} new registration(s)</source>
        <translation>{n} nouveau(x) enregistrement(s)</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="126"/>
        <source>{title} — given by {who}, {when}</source>
        <translation>{title} — affectée par {who}, {when}</translation>
    </message>
</context>
<context>
    <name>OpenRosaDialog</name>
    <message>
        <location filename="../openrosa_dialog.py" line="29"/>
        <source>Connect to ODK Central or KoboToolbox</source>
        <translation>Se connecter à ODK Central ou KoboToolbox</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="41"/>
        <source>The address ODK Collect would be given. An ODK Central app user&apos;s address needs no account or password; a Central web user&apos;s needs the e-mail and password; a KoboToolbox account&apos;s the user name and password. Its forms are installed here and their submissions go there.</source>
        <translation>L&apos;adresse qu&apos;on donnerait à ODK Collect. Celle d&apos;un utilisateur mobile d&apos;ODK Central ne demande ni compte ni mot de passe ; celle d&apos;un utilisateur web de Central demande l&apos;e-mail et le mot de passe ; celle d&apos;un compte KoboToolbox le nom d&apos;utilisateur et le mot de passe. Ses formulaires sont installés ici et leurs soumissions y sont envoyées.</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="60"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="63"/>
        <source>Send over plain http anyway (I know the risk)</source>
        <translation>Envoyer quand même en http simple (je connais le risque)</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="66"/>
        <source>A&amp;ccount (if asked):</source>
        <translation>&amp;Compte (si demandé) :</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../openrosa_dialog.py" line="95"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../overview.py" line="27"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../overview.py" line="28"/>
        <source>Overview of the form</source>
        <translation>Vue d&apos;ensemble du formulaire</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../overview.py" line="73"/>
        <source>⚠ invalid</source>
        <translation>⚠ non valide</translation>
    </message>
    <message>
        <location filename="../overview.py" line="75"/>
        <source>✓ answered</source>
        <translation>✓ répondu</translation>
    </message>
    <message>
        <location filename="../overview.py" line="77"/>
        <source>○ required</source>
        <translation>○ obligatoire</translation>
    </message>
    <message>
        <location filename="../overview.py" line="79"/>
        <source>○ unanswered</source>
        <translation>○ sans réponse</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../assignment_models.py" line="272"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="273"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="274"/>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="275"/>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="276"/>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="277"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="291"/>
        <source>All of {site}</source>
        <translation>Tout le site {site}</translation>
    </message>
    <message>
        <location filename="../assignment_models.py" line="309"/>
        <source>Nobody has open work: Assign… gives the site&apos;s enumerators and clerks some.</source>
        <translation>Personne n&apos;a de travail en cours : Affecter… en donne aux enquêteurs et agents de saisie du site.</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../quality_view.py" line="173"/>
        <source>Quality of the work</source>
        <translation>Qualité du travail</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="182"/>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="192"/>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="194"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="196"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="198"/>
        <source>&amp;Read (F5)</source>
        <translation>&amp;Lire (F5)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="215"/>
        <source>&amp;Enumerators</source>
        <translation>&amp;Enquêteurs</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="216"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="217"/>
        <source>C&amp;hecks</source>
        <translation>C&amp;ontrôles</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="227"/>
        <source>This computer is not connected to a server: connect it first.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun serveur : connectez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="235"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="236"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="237"/>
        <location filename="../quality_view.py" line="260"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="238"/>
        <location filename="../quality_view.py" line="254"/>
        <source>Median minutes</source>
        <translation>Minutes (médiane)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="239"/>
        <location filename="../quality_view.py" line="255"/>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="240"/>
        <location filename="../quality_view.py" line="256"/>
        <source>Sent back</source>
        <translation>Renvoyés</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="241"/>
        <location filename="../quality_view.py" line="257"/>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="242"/>
        <location filename="../quality_view.py" line="258"/>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="243"/>
        <location filename="../quality_view.py" line="259"/>
        <source>Roster size</source>
        <translation>Taille du ménage</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="244"/>
        <source>Timed</source>
        <translation>Chronométrés</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="250"/>
        <source>Per enumerator and day</source>
        <translation>Par enquêteur et par jour</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="264"/>
        <source>Char&amp;t of:</source>
        <translation>&amp;Graphique de :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="285"/>
        <source>Map of the site</source>
        <translation>Carte du site</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="286"/>
        <source>No areas and no points yet: Read (F5).</source>
        <translation>Aucune zone ni aucun point pour l&apos;instant : Lire (F5).</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="288"/>
        <source>by enumerator</source>
        <translation>par enquêteur</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="289"/>
        <source>by flag (red: flagged)</source>
        <translation>par signalement (rouge : signalé)</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="291"/>
        <source>&amp;Colour:</source>
        <translation>Co&amp;uleur :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="296"/>
        <source>Arrows move, + and − zoom, 0 shows all.</source>
        <translation>Flèches : déplacer, + et − : zoomer, 0 : tout afficher.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="313"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="314"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="315"/>
        <source>Field</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="316"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="317"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="323"/>
        <source>The form&apos;s checks</source>
        <translation>Contrôles du formulaire</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="330"/>
        <source>a question&apos;s name, e.g. hh_size</source>
        <translation>le nom d&apos;une question, p. ex. hh_size</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="336"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="337"/>
        <source>Chec&amp;k:</source>
        <translation>Con&amp;trôle :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="338"/>
        <source>Q&amp;uestion:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="339"/>
        <source>&amp;Parameters:</source>
        <translation>&amp;Paramètres :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="340"/>
        <source>Me&amp;ssage:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="345"/>
        <source>&amp;Add the check</source>
        <translation>A&amp;jouter le contrôle</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="347"/>
        <source>&amp;Take the chosen check away</source>
        <translation>&amp;Retirer le contrôle choisi</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="375"/>
        <source>Reading from the server…</source>
        <translation>Lecture sur le serveur…</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="403"/>
        <source>{points} interviews on the map, {flagged} of them flagged.</source>
        <translation>{points} entretiens sur la carte, dont {flagged} signalés.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="409"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="418"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="471"/>
        <source>not flagged</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>the form</source>
        <translation>le formulaire</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="487"/>
        <source>a supervisor</source>
        <translation>un superviseur</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="512"/>
        <source>The check was added; the flags follow within a minute.</source>
        <translation>Contrôle ajouté ; les signalements suivent dans la minute.</translation>
    </message>
    <message>
        <location filename="../quality_view.py" line="532"/>
        <source>The check was taken away.</source>
        <translation>Le contrôle a été retiré.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../question_box.py" line="76"/>
        <source>Reviewer: {comment}</source>
        <translation>Relecteur : {comment}</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../reassign_dialog.py" line="111"/>
        <source>Reassign</source>
        <translation>Réaffecter</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="117"/>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="119"/>
        <source>Give {n} assignment(s) to someone else: {titles}</source>
        <translation>Confier {n} affectation(s) à quelqu&apos;un d&apos;autre : {titles}</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="125"/>
        <source>Give to</source>
        <translation>Confier à</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="126"/>
        <source>Reading who works at the site…</source>
        <translation>Lecture des personnes qui travaillent sur le site…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="127"/>
        <source>&amp;Give to:</source>
        <translation>&amp;Confier à :</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="131"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="148"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Réaffecter</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="155"/>
        <source>Nobody else at this site can be given work</source>
        <translation>Personne d&apos;autre sur ce site ne peut recevoir de travail</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="168"/>
        <source>Choose who does the work.</source>
        <translation>Choisissez qui fait le travail.</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="173"/>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <location filename="../reassign_dialog.py" line="201"/>
        <source>{title}: {why}</source>
        <translation>{title} : {why}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review.py" line="91"/>
        <location filename="../review.py" line="177"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../review.py" line="92"/>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <location filename="../review.py" line="93"/>
        <source>Sent back</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location filename="../review.py" line="94"/>
        <source>Approved by the site</source>
        <translation>Approuvée par le site</translation>
    </message>
    <message>
        <location filename="../review.py" line="95"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../review.py" line="106"/>
        <location filename="../review.py" line="186"/>
        <source>Submissions to review</source>
        <translation>Saisies à réviser</translation>
    </message>
    <message>
        <location filename="../review.py" line="112"/>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../review.py" line="116"/>
        <source>Every enumerator</source>
        <translation>Tous les enquêteurs</translation>
    </message>
    <message>
        <location filename="../review.py" line="120"/>
        <source>Every form</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../review.py" line="125"/>
        <source>Flagged or not</source>
        <translation>Signalées ou non</translation>
    </message>
    <message>
        <location filename="../review.py" line="126"/>
        <source>Flagged by the checks</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <location filename="../review.py" line="127"/>
        <source>Not flagged</source>
        <translation>Non signalées</translation>
    </message>
    <message>
        <location filename="../review.py" line="129"/>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../review.py" line="135"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../review.py" line="149"/>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../review.py" line="150"/>
        <source>&amp;Enumerator</source>
        <translation>&amp;Enquêteur</translation>
    </message>
    <message>
        <location filename="../review.py" line="151"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <location filename="../review.py" line="152"/>
        <source>Fla&amp;gs</source>
        <translation>&amp;Signalements</translation>
    </message>
    <message>
        <location filename="../review.py" line="155"/>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <location filename="../review.py" line="157"/>
        <source>&amp;Received from</source>
        <translation>&amp;Reçues du</translation>
    </message>
    <message>
        <location filename="../review.py" line="158"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../review.py" line="173"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../review.py" line="174"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../review.py" line="175"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../review.py" line="176"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../review.py" line="178"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../review.py" line="179"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../review.py" line="180"/>
        <source>Keyed by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../review.py" line="181"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../review.py" line="198"/>
        <source>Household &amp;conflicts…</source>
        <translation>&amp;Conflits de ménages…</translation>
    </message>
    <message>
        <location filename="../review.py" line="231"/>
        <source>Type a date as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ, par ex. 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../review.py" line="244"/>
        <source>{state} (to send)</source>
        <translation>{state} (à envoyer)</translation>
    </message>
    <message>
        <location filename="../review.py" line="246"/>
        <source>{state} ⚠ not accepted</source>
        <translation>{state} ⚠ refusée</translation>
    </message>
    <message numerus="yes">
        <location filename="../review.py" line="263"/>
        <source>%n flag(s) of the quality checks</source>
        <translation>
            <numerusform>%n signalement des contrôles de qualité</numerusform>
            <numerusform>%n signalements des contrôles de qualité</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review.py" line="275"/>
        <source>flagged by the checks: {count}</source>
        <translation>signalées par les contrôles: {count}</translation>
    </message>
    <message>
        <location filename="../review.py" line="280"/>
        <source>Nothing to review here. Submissions of your site come at each sync (F5).</source>
        <translation>Rien à réviser ici. Les saisies de votre site arrivent à chaque synchronisation (F5).</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <location filename="../secretariat.py" line="129"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="130"/>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="131"/>
        <source>Approved by the site</source>
        <translation>Approuvées par le site</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="132"/>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="133"/>
        <source>Corrected</source>
        <translation>Corrigées</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="134"/>
        <source>Sent back</source>
        <translation>Renvoyées</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="141"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="142"/>
        <source>D&amp;ata</source>
        <translation>Do&amp;nnées</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="143"/>
        <source>D&amp;uplicates</source>
        <translation>Do&amp;ublons</translation>
    </message>
    <message>
        <location filename="../secretariat.py" line="144"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
</context>
<context>
    <name>SubmissionReview</name>
    <message>
        <location filename="../review.py" line="346"/>
        <source>Form &amp;language</source>
        <translation>&amp;Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../review.py" line="360"/>
        <source>Values kept as written on the paper</source>
        <translation>Valeurs gardées telles qu&apos;écrites sur le papier</translation>
    </message>
    <message>
        <location filename="../review.py" line="368"/>
        <source>Flags of the quality checks</source>
        <translation>Signalements des contrôles de qualité</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../review.py" line="372"/>
        <source>Your comment on the answer</source>
        <translation>Votre commentaire sur la réponse</translation>
    </message>
    <message>
        <location filename="../review.py" line="374"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../review.py" line="399"/>
        <source>&amp;Comment on the whole submission</source>
        <translation>&amp;Commentaire sur toute la saisie</translation>
    </message>
    <message>
        <location filename="../review.py" line="413"/>
        <source>&amp;Approve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <location filename="../review.py" line="414"/>
        <source>Send &amp;back for correction</source>
        <translation>&amp;Renvoyer pour correction</translation>
    </message>
    <message>
        <location filename="../review.py" line="415"/>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <location filename="../review.py" line="485"/>
        <source>Details from the server: {detail}</source>
        <translation>Détails du serveur : {detail}</translation>
    </message>
    <message>
        <location filename="../review.py" line="497"/>
        <source>The quality checks flagged this submission. To approve it, say in the comment why it stands:</source>
        <translation>Les contrôles de qualité ont signalé cette saisie. Pour l&apos;approuver, dites dans le commentaire pourquoi elle est retenue :</translation>
    </message>
    <message>
        <location filename="../review.py" line="531"/>
        <source>{form}, version {version}</source>
        <translation>{form}, version {version}</translation>
    </message>
    <message>
        <location filename="../review.py" line="535"/>
        <source>Enumerator: {name} · Site: {site}</source>
        <translation>Enquêteur : {name} · Site : {site}</translation>
    </message>
    <message>
        <location filename="../review.py" line="539"/>
        <source>Received {when} · revision {revision} · {state}</source>
        <translation>Reçue le {when} · révision {revision} · {state}</translation>
    </message>
    <message>
        <location filename="../review.py" line="547"/>
        <source>Keyed from paper questionnaire {number} (interviewed {date}) by {clerk}</source>
        <translation>Saisi depuis le questionnaire papier {number} (entretien du {date}) par {clerk}</translation>
    </message>
    <message>
        <location filename="../review.py" line="556"/>
        <source>{count} answers changed since the revision before (marked).</source>
        <translation>{count} réponses ont changé depuis la révision précédente (signalées).</translation>
    </message>
    <message>
        <location filename="../review.py" line="458"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../review.py" line="563"/>
        <source>The server&apos;s checks refused this revision:</source>
        <translation>Les contrôles du serveur ont refusé cette révision :</translation>
    </message>
    <message>
        <location filename="../review.py" line="567"/>
        <source>Sent back by {who} on {when}</source>
        <translation>Renvoyée par {who} le {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="569"/>
        <source>Approved by {who} on {when}</source>
        <translation>Approuvée par {who} le {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="477"/>
        <source>The server did not accept the last decision made here: {why}</source>
        <translation>Le serveur n&apos;a pas accepté la dernière décision prise ici : {why}</translation>
    </message>
    <message>
        <location filename="../review.py" line="578"/>
        <source>The paper&apos;s value stands: {question} = {value}</source>
        <translation>La valeur du papier est retenue : {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="600"/>
        <source>{question} — kept as on paper: {value}</source>
        <translation>{question} — gardé comme sur le papier : {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="605"/>
        <source>rule: {rule}</source>
        <translation>règle : {rule}</translation>
    </message>
    <message>
        <location filename="../review.py" line="607"/>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <location filename="../review.py" line="610"/>
        <source>confirmed by {who} on {when}</source>
        <translation>confirmé par {who} le {when}</translation>
    </message>
    <message>
        <location filename="../review.py" line="615"/>
        <source>not confirmed yet: the indicators leave it out</source>
        <translation>pas encore confirmé : les indicateurs l&apos;écartent</translation>
    </message>
    <message>
        <location filename="../review.py" line="622"/>
        <source>{answer} — kept as on paper, confirmed</source>
        <translation>{answer} — gardé comme sur le papier, confirmé</translation>
    </message>
    <message>
        <location filename="../review.py" line="624"/>
        <source>{answer} — kept as on paper</source>
        <translation>{answer} — gardé comme sur le papier</translation>
    </message>
    <message>
        <location filename="../review.py" line="632"/>
        <source>The &amp;paper&apos;s value stands: {question} = {value}</source>
        <translation>La valeur du &amp;papier est retenue : {question} = {value}</translation>
    </message>
    <message>
        <location filename="../review.py" line="710"/>
        <source>Changed in this revision</source>
        <translation>Modifiée dans cette révision</translation>
    </message>
    <message>
        <location filename="../review.py" line="759"/>
        <source>{state}. The decision goes to the server at the next sync.</source>
        <translation>{state}. La décision part au serveur à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="56"/>
        <source>{n} waiting to send</source>
        <translation>{n} en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="58"/>
        <source>{n} finalized sending while locked</source>
        <translation>{n} finalisées envoyées pendant le verrouillage</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="61"/>
        <source>{n} of other users: sent when they sync</source>
        <translation>{n} d&apos;autres utilisateurs : envoyés quand ils synchroniseront</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="65"/>
        <source>{n} submissions to review received</source>
        <translation>{n} saisies à réviser reçues</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="68"/>
        <source>sending {step} {done}/{total}</source>
        <translation>envoi des {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="73"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="74"/>
        <source>{kb} kB sent</source>
        <translation>{kb} ko envoyés</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="77"/>
        <source>you are not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>vous n&apos;êtes pas encore connecté à un serveur (Daftari → Connexion à un serveur)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="80"/>
        <source>last sync {at}</source>
        <translation>dernière synchronisation : {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="92"/>
        <source>{n} carried bundle(s) refused: Daftari → Bundles brought from USB sticks</source>
        <translation>{n} lot(s) apporté(s) refusé(s) : Daftari → Lots apportés sur clé USB</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="104"/>
        <source>{n} sent</source>
        <translation>{n} envoyée(s)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="105"/>
        <source>{n} sent back by the server&apos;s checks</source>
        <translation>{n} renvoyée(s) par les contrôles du serveur</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="106"/>
        <source>{n} conflicting</source>
        <translation>{n} en conflit</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="107"/>
        <source>{n} returned for correction</source>
        <translation>{n} renvoyée(s) pour correction</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="108"/>
        <source>{n} review decisions sent</source>
        <translation>{n} décision(s) de revue envoyée(s)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="109"/>
        <source>{n} to review</source>
        <translation>{n} à revoir</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="110"/>
        <source>{n} carried bundle(s) delivered</source>
        <translation>{n} lot(s) apporté(s) remis</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="122"/>
        <location filename="../sync_status.py" line="124"/>
        <source>no connection to the server</source>
        <translation>pas de connexion au serveur</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="126"/>
        <source>the server refused this computer&apos;s login: </source>
        <translation>le serveur a refusé la connexion de cet ordinateur : </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="127"/>
        <source>sync stopped by an error: </source>
        <translation>synchronisation arrêtée par une erreur : </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="135"/>
        <source>submissions</source>
        <translation>formulaires</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="136"/>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="137"/>
        <source>updates</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="138"/>
        <source>bundles</source>
        <translation>lots</translation>
    </message>
</context>
<context>
    <name>ToVisitView</name>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Household or work</source>
        <translation>Ménage ou travail</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="44"/>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="48"/>
        <source>To visit</source>
        <translation>À visiter</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="61"/>
        <source>&amp;Open the visit (Enter)</source>
        <translation>&amp;Ouvrir la visite (Entrée)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="63"/>
        <source>&amp;History (Ctrl+H)</source>
        <translation>&amp;Historique (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="65"/>
        <source>&amp;Print sheets…</source>
        <translation>&amp;Imprimer les fiches…</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="68"/>
        <source>A sheet for each household still to visit with this form, with its QR code: keying the filled sheet starts from the code.</source>
        <translation>Une fiche pour chaque ménage encore à visiter avec ce formulaire, avec son code QR : la saisie de la fiche remplie part du code.</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="101"/>
        <source>{title} (begun)</source>
        <translation>{title} (commencée)</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="106"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="118"/>
        <source>{left} left, {households} of them households to follow up</source>
        <translation>{left} restant(s), dont {households} ménage(s) à suivre</translation>
    </message>
    <message>
        <location filename="../to_visit.py" line="122"/>
        <source>Nothing assigned to you. Your supervisor assigns work; it comes at sync.</source>
        <translation>Rien ne vous est assigné. Votre superviseur assigne le travail ; il arrive à la synchronisation.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="189"/>
        <source>New password for {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>A&amp;dministrateur (peut ajouter des utilisateurs et réinitialiser les mots de passe)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="205"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Identifiant d&apos;enquêteur :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="206"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Site (ville) :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="207"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="208"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Retapez le mot de passe :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="222"/>
        <source>A user needs a name.</source>
        <translation>Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="225"/>
        <source>A password needs at least {n} characters.</source>
        <translation>Un mot de passe doit contenir au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Users of this computer</source>
        <translation>Utilisateurs de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Enumerator id</source>
        <translation>Identifiant d&apos;enquêteur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="43"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>&amp;New password…</source>
        <translation>&amp;Nouveau mot de passe…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="54"/>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="84"/>
        <source>enumerator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="85"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="106"/>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="111"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="138"/>
        <source>{name} was added.</source>
        <translation>Utilisateur ajouté : {name}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="157"/>
        <source>{name} has a new password.</source>
        <translation>{name} a un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="173"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>{name} ne peut plus se connecter ; ses formulaires remplis sont conservés.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="175"/>
        <source>{name} can log in again.</source>
        <translation>{name} peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="28"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>Un problème est survenu. Vos réponses enregistrées ne sont pas perdues. Les détails se trouvent dans le fichier journal ; vous pouvez les copier pour l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
</TS>
