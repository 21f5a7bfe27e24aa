/** What to ask the sender of a file that is no spreadsheet, per kind (see src/base/foreign-file.ts). */
export function foreignAskNl(kind: string): string {
  switch (kind) {
    case 'pdf':
      return 'Een PDF kan niet worden verwerkt: vraag het ingevulde implementatieoverzicht zelf, als Excel-bestand (.xlsx).';
    case 'word':
      return 'Een tekstdocument kan niet worden verwerkt: de antwoorden horen in het implementatieoverzicht. Vraag dat ingevulde Excel-bestand (.xlsx).';
    case 'csv':
      return 'Een CSV- of tekstexport mist het sjabloon: vraag het ingevulde implementatieoverzicht zelf, als Excel-bestand (.xlsx).';
    case 'image':
      return 'Een afbeelding of schermafdruk kan niet worden gelezen: vraag het ingevulde implementatieoverzicht als Excel-bestand (.xlsx).';
    case 'mail':
      return 'Dit is een opgeslagen e-mail: sla de bijlage (het implementatieoverzicht, .xlsx) apart op in deze map.';
    case 'archive':
      return 'Dit is een archief: pak het uit in deze map, of vraag het implementatieoverzicht los als Excel-bestand (.xlsx).';
    default:
      return 'Vraag de afzender om het ingevulde implementatieoverzicht als Excel-bestand (.xlsx).';
  }
}

export function foreignAskEn(kind: string): string {
  switch (kind) {
    case 'pdf':
      return 'A PDF cannot be processed: ask for the filled-in implementation overview itself, as an Excel file (.xlsx).';
    case 'word':
      return 'A text document cannot be processed: the answers belong in the implementation overview. Ask for that filled-in Excel file (.xlsx).';
    case 'csv':
      return 'A CSV or text export lacks the template: ask for the filled-in implementation overview itself, as an Excel file (.xlsx).';
    case 'image':
      return 'An image or screenshot cannot be read: ask for the filled-in implementation overview as an Excel file (.xlsx).';
    case 'mail':
      return 'This is a saved e-mail: save its attachment (the implementation overview, .xlsx) separately in this folder.';
    case 'archive':
      return 'This is an archive: unpack it into this folder, or ask for the implementation overview as a separate Excel file (.xlsx).';
    default:
      return 'Ask the sender for the filled-in implementation overview as an Excel file (.xlsx).';
  }
}
