<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../enrol_dialog.py" line="21"/>
        <source>Connect to a server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="32"/>
        <source>Over the internet the address starts with https:// (the connection is encrypted). A server in your own office is often reached with http:// and its local address, e.g. http://192.168.1.10:8080.</source>
        <translation>Sur Internet, l&apos;adresse commence par https:// (la connexion est chiffrée). Un serveur situé dans votre propre bureau s&apos;atteint souvent avec http:// et son adresse locale, par exemple http://192.168.1.10:8080.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="40"/>
        <source>⚠ With http:// your password and the answers cross the network unencrypted: use it only on the office&apos;s own network, never over the internet.</source>
        <translation>⚠ Avec http://, votre mot de passe et les réponses passent sur le réseau sans chiffrement : utilisez-le seulement sur le réseau du bureau, jamais sur Internet.</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="50"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="53"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../enrol_dialog.py" line="76"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>FillingView</name>
    <message>
        <location filename="../filling.py" line="65"/>
        <source>Form language</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../filling.py" line="67"/>
        <source>(one language)</source>
        <translation>(une seule langue)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../filling.py" line="104"/>
        <source>◀ Back (PgUp)</source>
        <translation>◀ Précédent (PgUp)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="105"/>
        <source>Next (PgDn) ▶</source>
        <translation>Suivant (PgDn) ▶</translation>
    </message>
    <message>
        <location filename="../filling.py" line="106"/>
        <source>Overview (Ctrl+J)</source>
        <translation>Vue d&apos;ensemble (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="107"/>
        <source>Save and close (Ctrl+W)</source>
        <translation>Enregistrer et fermer (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="121"/>
        <source>Discard draft (Ctrl+Shift+Del)</source>
        <translation>Supprimer le brouillon (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="345"/>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <location filename="../filling.py" line="347"/>
        <source>Every answer is on the disk.</source>
        <translation>Toutes les réponses sont enregistrées sur le disque.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="349"/>
        <source>⚠ NOT SAVED</source>
        <translation>⚠ NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../filling.py" line="387"/>
        <source>Remove this “{label}” (Ctrl+Del)</source>
        <translation>Supprimer cette entrée “{label}” (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="402"/>
        <source>{label} — {n} of {count}</source>
        <translation>{label} — {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="406"/>
        <source>Page {n} of {count}</source>
        <translation>Page {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../filling.py" line="419"/>
        <source>Add another “{label}”? There are {count} now.</source>
        <translation>Ajouter une autre entrée “{label}” ? Il y en a {count} maintenant.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="426"/>
        <source>Add another (Alt+A)</source>
        <translation>Ajouter une entrée (Alt+A)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="427"/>
        <source>No, go on (Enter)</source>
        <translation>Non, continuer (Enter)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="434"/>
        <source>Remove the last one (Alt+R)</source>
        <translation>Supprimer la dernière (Alt+R)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="548"/>
        <source>Finalize (Alt+F)</source>
        <translation>Finaliser (Alt+F)</translation>
    </message>
    <message>
        <location filename="../filling.py" line="483"/>
        <source>Remove answers?</source>
        <translation>Supprimer des réponses ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="485"/>
        <source>The count is now {wanted}, but these entries hold answers: {names}.

Remove them and their answers?</source>
        <translation>Le nombre est maintenant {wanted}, mais ces entrées contiennent des réponses : {names}.

Les supprimer avec leurs réponses ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="492"/>
        <source>Keep them (the count goes back to {n})</source>
        <translation>Les garder (le nombre revient à {n})</translation>
    </message>
    <message>
        <location filename="../filling.py" line="495"/>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <location filename="../filling.py" line="496"/>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <location filename="../filling.py" line="519"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../filling.py" line="520"/>
        <source>Remove “{label}” {n} and all its answers?</source>
        <translation>Supprimer “{label}” {n} et toutes ses réponses ?</translation>
    </message>
    <message>
        <location filename="../filling.py" line="538"/>
        <source>End of the form. Check the problems below, then finalize.</source>
        <translation>Fin du formulaire. Vérifiez les problèmes ci-dessous, puis finalisez.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="543"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../filling.py" line="570"/>
        <source>No problems: ready to finalize.</source>
        <translation>Aucun problème : prêt à finaliser.</translation>
    </message>
    <message>
        <location filename="../filling.py" line="572"/>
        <source>This submission is finalized and can no longer be changed.</source>
        <translation>Ce formulaire est finalisé et ne peut plus être modifié.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../home.py" line="54"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../home.py" line="55"/>
        <source>Ready to send</source>
        <translation>Prêts à envoyer</translation>
    </message>
    <message>
        <location filename="../home.py" line="56"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../home.py" line="57"/>
        <source>Sent back</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../home.py" line="61"/>
        <source>&amp;Forms</source>
        <translation>&amp;Formulaires</translation>
    </message>
    <message>
        <location filename="../home.py" line="64"/>
        <source>Installed forms</source>
        <translation>Formulaires installés</translation>
    </message>
    <message>
        <location filename="../home.py" line="71"/>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <location filename="../home.py" line="83"/>
        <source>&amp;New submission (Ctrl+N)</source>
        <translation>&amp;Remplir un formulaire (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../home.py" line="95"/>
        <source>Search titles (Ctrl+F)</source>
        <translation>Rechercher dans les titres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../home.py" line="98"/>
        <source>All forms</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../home.py" line="103"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../home.py" line="104"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../home.py" line="105"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../home.py" line="106"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../home.py" line="125"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../home.py" line="126"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../home.py" line="127"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../home.py" line="128"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../home.py" line="129"/>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../home.py" line="135"/>
        <source>Submissions</source>
        <translation>Formulaires remplis</translation>
    </message>
    <message>
        <location filename="../home.py" line="218"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../login.py" line="57"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../login.py" line="61"/>
        <source>Welcome to Daftari. Create the administrator profile for this computer: it can add the other users and reset a forgotten password.</source>
        <translation>Bienvenue dans Daftari. Créez le profil administrateur de cet ordinateur : il pourra ajouter les autres utilisateurs et réinitialiser un mot de passe oublié.</translation>
    </message>
    <message>
        <location filename="../login.py" line="70"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../login.py" line="71"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Identifiant d&apos;enquêteur :</translation>
    </message>
    <message>
        <location filename="../login.py" line="72"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Site (ville) :</translation>
    </message>
    <message>
        <location filename="../login.py" line="73"/>
        <location filename="../login.py" line="92"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../login.py" line="74"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Retapez le mot de passe :</translation>
    </message>
    <message>
        <location filename="../login.py" line="75"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <location filename="../login.py" line="79"/>
        <source>Locked. Enter your password to go on, or switch user.</source>
        <translation>Verrouillé. Saisissez votre mot de passe pour continuer, ou changez d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../login.py" line="81"/>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <location filename="../login.py" line="91"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../login.py" line="93"/>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../login.py" line="107"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../login.py" line="122"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>&amp;Daftari</source>
        <translation>&amp;Daftari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>&amp;Install a form (XLSForm)…</source>
        <translation>&amp;Installer un formulaire (XLSForm)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Verrouiller / changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connexion à un serveur…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="355"/>
        <source>Discard this draft?</source>
        <translation>Supprimer ce brouillon ?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="357"/>
        <source>Its answers (and photos) will be deleted from this computer. This cannot be undone.</source>
        <translation>Ses réponses (et ses photos) seront effacées de cet ordinateur. Cette action est définitive.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373"/>
        <source>The draft was discarded.</source>
        <translation>Le brouillon a été supprimé.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="382"/>
        <source>Finalized. It will be sent when a connection appears.</source>
        <translation>Finalisé. Il sera envoyé dès qu&apos;une connexion sera disponible.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="388"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a whole number.</source>
        <translation>Tapez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>Type a number.</source>
        <translation>Tapez un nombre.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393"/>
        <source>“{typed}” could be {first} or {second}. Type {first} or {second}, as you mean it.</source>
        <translation>“{typed}” peut vouloir dire {first} ou {second}. Tapez {first} ou {second}, selon ce que vous voulez dire.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="396"/>
        <source>“{typed}”: a comma is not a decimal mark here. For {value}, type {value}.</source>
        <translation>“{typed}” : ici, la virgule ne sert pas de séparateur décimal. Pour {value}, tapez {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>Too many digits to keep exactly.</source>
        <translation>Trop de chiffres : le nombre ne peut pas être gardé exactement.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Will be stored as {value}.</source>
        <translation>Sera enregistré comme {value}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>No choice has the code {code}.</source>
        <translation>Aucun choix n&apos;a le code {code}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="401"/>
        <source>Type a date as YYYY-MM-DD (F4 opens a calendar).</source>
        <translation>Tapez une date au format YYYY-MM-DD (F4 ouvre un calendrier).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="402"/>
        <source>Type a time as HH:MM.</source>
        <translation>Tapez une heure au format HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Tapez une date et une heure au format YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>Accuracy (m)</source>
        <translation>Précision (m)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="407"/>
        <source>Latitude and longitude are numbers, e.g. 3.7194 and 34.8567.</source>
        <translation>La latitude et la longitude sont des nombres, par exemple 3.7194 et 34.8567.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="408"/>
        <source>Latitude is between -90 and 90.</source>
        <translation>La latitude est comprise entre -90 et 90.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="409"/>
        <source>Longitude is between -180 and 180.</source>
        <translation>La longitude est comprise entre -180 et 180.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="410"/>
        <source>Accuracy is a positive number of metres.</source>
        <translation>La précision est un nombre de mètres positif.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>Install a form</source>
        <translation>Installer un formulaire</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="428"/>
        <source>XLSForms (*.xlsx *.xls)</source>
        <translation>Formulaires XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="447"/>
        <source>Installed {title}, version {version}.</source>
        <translation>Formulaire installé : {title}, version {version}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="449"/>
        <source>{title}, version {version}, was already installed.</source>
        <translation>{title}, version {version}, était déjà installé.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="461"/>
        <source>The form was not installed</source>
        <translation>Le formulaire n&apos;a pas été installé</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../overview.py" line="20"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../overview.py" line="20"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../overview.py" line="20"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../overview.py" line="21"/>
        <source>Overview of the form</source>
        <translation>Vue d&apos;ensemble du formulaire</translation>
    </message>
    <message>
        <location filename="../overview.py" line="59"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../overview.py" line="63"/>
        <source>⚠ invalid</source>
        <translation>⚠ non valide</translation>
    </message>
    <message>
        <location filename="../overview.py" line="65"/>
        <source>✓ answered</source>
        <translation>✓ répondu</translation>
    </message>
    <message>
        <location filename="../overview.py" line="67"/>
        <source>○ required</source>
        <translation>○ obligatoire</translation>
    </message>
    <message>
        <location filename="../overview.py" line="69"/>
        <source>○ unanswered</source>
        <translation>○ sans réponse</translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../sync_status.py" line="26"/>
        <source>{n} waiting to send</source>
        <translation>{n} en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="30"/>
        <source>sending {step} {done}/{total}</source>
        <translation>envoi des {step} {done}/{total}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="35"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="36"/>
        <source>{kb} kB sent</source>
        <translation>{kb} ko envoyés</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="38"/>
        <source>not connected to a server yet (Daftari → Connect to a server)</source>
        <translation>pas encore connecté à un serveur (Daftari → Connexion à un serveur)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="40"/>
        <source>last sync {at}</source>
        <translation>dernière synchronisation : {at}</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="48"/>
        <source>submissions</source>
        <translation>formulaires</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="49"/>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="50"/>
        <source>updates</source>
        <translation>mises à jour</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../users_dialog.py" line="182"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="182"/>
        <source>New password for {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="191"/>
        <source>A&amp;dministrator (can add users and reset passwords)</source>
        <translation>A&amp;dministrateur (peut ajouter des utilisateurs et réinitialiser les mots de passe)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="197"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="198"/>
        <source>&amp;Enumerator id:</source>
        <translation>&amp;Identifiant d&apos;enquêteur :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="199"/>
        <source>&amp;Site (city):</source>
        <translation>&amp;Site (ville) :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="200"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="201"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Retapez le mot de passe :</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="214"/>
        <source>A user needs a name.</source>
        <translation>Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="216"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="35"/>
        <source>Users of this computer</source>
        <translation>Utilisateurs de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Enumerator id</source>
        <translation>Identifiant d&apos;enquêteur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="47"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="48"/>
        <source>&amp;New password…</source>
        <translation>&amp;Nouveau mot de passe…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="49"/>
        <location filename="../users_dialog.py" line="99"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="79"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="79"/>
        <source>enumerator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="80"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="99"/>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="104"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="131"/>
        <source>{name} was added.</source>
        <translation>Utilisateur ajouté : {name}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="150"/>
        <source>{name} has a new password.</source>
        <translation>{name} a un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="166"/>
        <source>{name} can no longer log in; their submissions stay.</source>
        <translation>{name} ne peut plus se connecter ; ses formulaires remplis sont conservés.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="168"/>
        <source>{name} can log in again.</source>
        <translation>{name} peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="26"/>
        <source>Something went wrong. Your saved answers are safe. The details are in the log file; you can copy them for support.</source>
        <translation>Un problème est survenu. Vos réponses enregistrées ne sont pas perdues. Les détails se trouvent dans le fichier journal ; vous pouvez les copier pour l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="34"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
</TS>
