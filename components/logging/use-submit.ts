// The submit cycle every logging form shares: busy while saving, the service's message on failure, a short
// confirmation on success.
import { useState } from 'preact/hooks';
import { saveErrorMessage } from '../../lib/domain/write-error-message';

export function useSubmit(confirmation: string) {
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  async function run(save: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError('');
    setSaved('');
    try {
      await save();
      setSaved(confirmation);
      return true;
    } catch (e) {
      setError(saveErrorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, saved, busy, setError, run };
}
