// support.html: "Get support", opened from the quiet link on the new tab and the popup.
import { render } from 'preact';
import '../../components/theme.css';
import { SupportPage } from '../../components/support/SupportPage';
import { supportSource } from '../../lib/services/support-source';

render(<SupportPage source={supportSource()} settingsHref="/options.html" />, document.getElementById('app')!);
