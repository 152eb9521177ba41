import { render } from 'preact';
import '../../components/theme.css';
import { AdaptsSlot } from './AdaptsSlot';
import { FocusSlot } from './FocusSlot';

render(<main><h1>Retake Coach</h1><FocusSlot /><AdaptsSlot /></main>, document.getElementById('app')!);
