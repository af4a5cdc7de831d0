export const auth = {
  title: 'Sign in',
  intro: 'Sign in to edit the registry records your role allows and, for analysts and administrators, to import files.',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  wrongCredentials: 'Wrong e-mail or password. Check both and try again.',
  missing: 'Enter your e-mail and password.',
  failed: 'Could not sign in: {{message}}',
  already: 'You are already signed in as {{email}} ({{role}}).',
  continue: 'Continue',
  noAccount: 'Accounts are created by an administrator of ClusterAtlas.',
};
