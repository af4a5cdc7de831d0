// Placeholder: replaced by the evaluation views.
export default function View() {
  return null;
}
