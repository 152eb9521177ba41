import { useState } from 'preact/hooks';
import { BackgroundPicker } from '../../components/today/BackgroundPicker';
import { chooseBackground, chosenBackground } from '../../lib/services/page-background';

/** The background control, wired to the page: the choice is kept and drawn at once (the page's root attribute). */
export function BackgroundSlot() {
  const [value, setValue] = useState(chosenBackground);
  return (
    <BackgroundPicker
      value={value}
      onChange={(id) => {
        chooseBackground(id);
        document.documentElement.dataset.background = id;
        setValue(id);
      }}
    />
  );
}
