/** The first and last names fixture respondents are drawn from (personal data that must never reach an output). */
export const FIRST_NAMES = ['Amina', 'Jean', 'Sofia', 'Ahmad', 'Maria', 'Olena', 'Kwame', 'Lucía', 'Hiroshi', 'Fatima', 'Pierre', 'Nadia', 'Carlos', 'Ingrid', 'Tariq', 'Aisha'];
export const LAST_NAMES = ['Haddad', 'Dupont', 'García', 'Okafor', 'Nguyen', 'Kovalenko', 'Mensah', 'Rossi', 'Tanaka', 'Al-Sayed', 'Müller', 'Ibrahim', 'Silva', 'Larsen', 'Khan', 'Moreau'];
