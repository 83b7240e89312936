// The claim form shows the fields of the chosen kind only (without this script every kind's fields are shown).
document.addEventListener('DOMContentLoaded', () => {
  const kind = document.getElementById('claim-kind');
  if (!kind) {
    return;
  }
  const show = () => {
    document.querySelectorAll('fieldset.claim-kind').forEach(f => {
      f.hidden = f.dataset.kind !== kind.value;
    });
    const stated = document.getElementById('fields-stated');
    if (stated) {
      stated.hidden = kind.value === 'signature' || kind.value === 'date';
    }
  };
  kind.addEventListener('change', show);
  show();
});
