// Names are stored "Surname First-name Patronymic" (the Kazakh and Russian order); a
// child is called by the first name in the family's own lists.
export function firstNameOf(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts[1] ?? parts[0] ?? fullName;
}
