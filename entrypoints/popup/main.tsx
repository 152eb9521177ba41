import { render } from 'preact';
import '../../components/theme.css';
import { FocusSlot } from './FocusSlot';

render(<main><h1>Retake Coach</h1><FocusSlot /></main>, document.getElementById('app')!);
